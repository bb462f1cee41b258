namespace PianoSite.Write;

/// <summary>
/// The folders of the output a build replaced, emptied of their files and kept beside the output folder, so that
/// the next build's staging folder starts from them instead of making every folder anew: a page is a folder
/// (site/missioni/m1/index.html), and at 10,000 objectives making and removing six hundred folders a build cost a
/// tenth of a second of the system's time on a disk (ext4 looks, for each new folder, past those removed in the
/// last seconds). Only folders are kept, never a file: the output's files may be second names of the new output's
/// files (<see cref="UnchangedFiles"/>), and a kept folder is emptied before it gets its name, so a build never
/// finds a file of an earlier build in its staging folder. The folders a build does not use are removed before
/// its swap, so the output is the same as a build's from nothing.
/// </summary>
internal static class ReusedFolders
{
    /// <summary>Every entry of a folder, hidden ones too (".well-known").</summary>
    private static readonly EnumerationOptions Everything = new() { AttributesToSkip = 0, IgnoreInaccessible = false };

    /// <summary>Every entry below a folder, hidden ones too.</summary>
    private static readonly EnumerationOptions EverythingBelow = new() { AttributesToSkip = 0, RecurseSubdirectories = true };

    /// <summary>
    /// Moves the kept folders at <paramref name="kept"/> to <paramref name="staging"/> (which does not exist); false when
    /// there are none, or another build took them first (one rename: only one build gets them), or what has that name
    /// is not a folder the build kept (a file, or a symbolic link to a folder elsewhere, is left alone).
    /// </summary>
    public static bool TryClaim(string kept, string staging)
    {
        try
        {
            var found = new DirectoryInfo(kept);
            if (!found.Exists || found.LinkTarget is not null)
            {
                return false;
            }
            Directory.Move(kept, staging);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;   // none kept: the staging folder is made anew
        }
    }

    /// <summary>
    /// Empties <paramref name="replaced"/> (the output a build replaced) of everything but its folders, and keeps it
    /// at <paramref name="kept"/>; when either step fails, or folders are kept there already, it stays where it is,
    /// for the caller to remove.
    /// </summary>
    public static void Keep(string replaced, string kept)
    {
        if (!Directory.Exists(replaced))
        {
            return;   // there was no output before
        }
        try
        {
            RemoveFiles(new DirectoryInfo(replaced));
            Directory.Move(replaced, kept);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // the kept folders are only a saving: the caller removes what could not be kept
        }
    }

    /// <summary>Removes the folders below <paramref name="staging"/> that hold none of <paramref name="files"/> (paths relative to it, with '/').</summary>
    public static void RemoveUnused(string staging, IEnumerable<string> files)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var folder = Path.GetDirectoryName(file);
            while (!string.IsNullOrEmpty(folder) && used.Add(folder.Replace('\\', '/')))
            {
                folder = Path.GetDirectoryName(folder);   // and the folders around it, up to one already counted
            }
        }
        var unused = Directory.EnumerateDirectories(staging, "*", EverythingBelow)
            .Where(folder => !used.Contains(Path.GetRelativePath(staging, folder).Replace('\\', '/')))
            .OrderByDescending(folder => folder.Length);   // a folder after the folders inside it
        foreach (var folder in unused)
        {
            Directory.Delete(folder);   // empty: kept folders hold no file, and this build wrote only into used ones
        }
    }

    /// <summary>Removes every file and symbolic link below <paramref name="folder"/>, keeping its folders (a link to a folder is not followed).</summary>
    private static void RemoveFiles(DirectoryInfo folder)
    {
        foreach (var entry in folder.EnumerateFileSystemInfos("*", Everything))
        {
            if (entry is DirectoryInfo inner && (entry.Attributes & FileAttributes.ReparsePoint) == 0)
            {
                RemoveFiles(inner);
            }
            else
            {
                File.Delete(entry.FullName);
            }
        }
    }
}
