using PianoSite.Output;

namespace PianoSite.Write;

/// <summary>
/// A folder holding the website's pages (<see cref="IOutputWriter.OpenSiteFolder"/>): the staging folder itself
/// for a build, a temporary copy for the files kept in memory, removed when disposed.
/// </summary>
public sealed class SiteFolder(string path, bool temporary) : IDisposable
{
    /// <summary>The parts given to one gathered write, below the systems' limits (1,024 on Linux).</summary>
    private const int GatheredParts = 512;

    public string Path => path;

    /// <summary>
    /// Writes a page of the website (its path below output/site/) at its place below <paramref name="folder"/>,
    /// replacing one written before, without <paramref name="leftOut"/> (parts of its content, in bytes, in order of offset).
    /// </summary>
    public static void WritePage(string folder, OutputFile page, IEnumerable<(int Offset, int Length)> leftOut)
    {
        var target = System.IO.Path.Combine(folder, page.Path[(SiteLayout.Folder.Length + 1)..]);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        // The parts kept, written straight from the page's bytes with gathered writes: no buffer of the stream's, no copy.
        var kept = new List<ReadOnlyMemory<byte>>();
        var from = 0;
        foreach (var (offset, length) in leftOut)
        {
            kept.Add(page.Content[from..offset]);
            from = offset + length;
        }
        kept.Add(page.Content[from..]);
        using var handle = File.OpenHandle(target, FileMode.Create, FileAccess.Write, FileShare.None);
        long written = 0;
        foreach (var parts in kept.Chunk(GatheredParts))
        {
            RandomAccess.Write(handle, parts, written);
            written += parts.Sum(part => (long)part.Length);
        }
    }

    public void Dispose()
    {
        if (temporary)
        {
            ProcessFolders.DeleteQuietly(path);
        }
    }
}
