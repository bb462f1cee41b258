using PianoSite.Render.Site;

namespace PianoSite.Write;

/// <summary>
/// A folder holding the website's pages (<see cref="IOutputWriter.OpenSiteFolder"/>): the staging folder itself
/// for a build, a temporary copy for the files kept in memory, removed when disposed.
/// </summary>
public sealed class SiteFolder(string path, bool temporary) : IDisposable
{
    public string Path => path;

    /// <summary>
    /// Writes a page of the website (its path below output/site/) at its place below <paramref name="folder"/>,
    /// replacing one written before, without <paramref name="leftOut"/> (parts of its content, in bytes, in order of offset).
    /// </summary>
    public static void WritePage(string folder, OutputFile page, IEnumerable<(int Offset, int Length)> leftOut)
    {
        var target = System.IO.Path.Combine(folder, page.Path[(SiteRenderer.Folder.Length + 1)..]);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        using var stream = new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 64 * 1024);
        var content = page.Content.Span;
        var from = 0;
        foreach (var (offset, length) in leftOut)
        {
            stream.Write(content[from..offset]);
            from = offset + length;
        }
        stream.Write(content[from..]);
    }

    public void Dispose()
    {
        if (temporary)
        {
            ProcessFolders.DeleteQuietly(path);
        }
    }
}
