using System.Diagnostics;

namespace PianoSite.Tests.Scripts;

/// <summary>
/// A fresh copy of the repository, as a clone would be: the files git tracks and the new ones it does not ignore, as they
/// are in the working tree (so that uncommitted changes to the scripts are what is tested), without bin/, obj/,
/// node_modules/ or output/. Deleted on dispose.
/// </summary>
public sealed class RepositoryCopy : IDisposable
{
    private RepositoryCopy(string root)
    {
        Root = root;
    }

    public string Root { get; }

    public static RepositoryCopy Make()
    {
        var copy = new RepositoryCopy(Directory.CreateTempSubdirectory("pianosite-copy-").FullName);
        foreach (var relative in FilesOfTheRepository())
        {
            var source = Path.Combine(TestPaths.RepositoryRoot, relative);
            if (!File.Exists(source))
            {
                continue;   // tracked, but deleted in the working tree
            }
            var target = copy.PathOf(relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(target, File.GetUnixFileMode(source));   // ./build.sh runs by its #! line
            }
        }
        return copy;
    }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>Replaces text that must be in the file (the edit would otherwise test nothing); returns the line of its first place.</summary>
    public int Replace(string relative, string oldText, string newText)
    {
        var text = File.ReadAllText(PathOf(relative));
        var at = text.IndexOf(oldText, StringComparison.Ordinal);
        Assert.True(at >= 0, $"«{oldText}» is not in {relative}");
        File.WriteAllText(PathOf(relative), text.Replace(oldText, newText, StringComparison.Ordinal));
        return text.AsSpan(0, at).Count('\n') + 1;
    }

    public void DeleteFolder(string relative)
    {
        if (Directory.Exists(PathOf(relative)))
        {
            Directory.Delete(PathOf(relative), recursive: true);
        }
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static string[] FilesOfTheRepository()
    {
        var git = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-C", TestPaths.RepositoryRoot, "ls-files", "-z", "--cached", "--others", "--exclude-standard" })
        {
            git.ArgumentList.Add(argument);
        }
        using var process = Process.Start(git) ?? throw new InvalidOperationException("could not start git");
        var error = process.StandardError.ReadToEndAsync();
        var listing = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git ls-files failed (the copy is made of the files git knows): {error.Result}");
        return listing.Split('\0', StringSplitOptions.RemoveEmptyEntries);
    }
}
