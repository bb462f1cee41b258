using PianoSite.Write;

namespace PianoSite.Search;

/// <summary>
/// The pages as the search index reads them, in a temporary folder for Pagefind (<see cref="PagefindIndex"/>):
/// only the pages it indexes, each without what it would skip (an objective's row inside an element marked
/// <c>data-pagefind-ignore="all"</c>: on a 10,000-objective plan, most of the site's bytes; the actor and link
/// cells of the rows it reads, marked <c>data-pagefind-ignore</c>: half of the rest; the header and footer around
/// the indexed element when they hold nothing Pagefind takes from them: <see cref="SearchExtentReader"/>). Pagefind
/// makes the same index from them as from the whole site, reading a fraction of it. Pages are added as they are
/// checked, from several threads; the folder is removed when disposed.
/// </summary>
public sealed class SearchInput : IDisposable
{
    private const string Prefix = "pianosite-search-";

    /// <summary>Pages are written side by side (read lock); <see cref="Ordered"/> moves them all (write lock).</summary>
    private readonly ReaderWriterLockSlim gate = new();
    private int indexed;
    private bool failed;

    /// <summary>The folder Pagefind was last given, or null.</summary>
    private string? ordered;

    /// <summary>Where pages are written as they are added.</summary>
    public string Path { get; } = ProcessFolders.NewTemporaryPath(Prefix);

    /// <summary>
    /// Whether a page was marked for the index (<c>data-pagefind-body</c>). When none is, Pagefind indexes every
    /// page, and this folder, which holds only marked pages, must not be used; nor when a page could not be written
    /// to it (a full temporary disk): the index is then made from the whole site.
    /// </summary>
    public bool HasIndexedPages => Pages > 0 && !Volatile.Read(ref failed);

    /// <summary>The pages added so far.</summary>
    public int Pages => Volatile.Read(ref indexed);

    /// <param name="page">a page of the website (below output/site/).</param>
    /// <param name="skipped">the parts of the page that Pagefind skips, in bytes, in order of offset (<see cref="SearchExtent.LeftOut"/>).</param>
    public void Add(OutputFile page, IEnumerable<(int Offset, int Length)> skipped)
    {
        Interlocked.Increment(ref indexed);
        gate.EnterReadLock();
        try
        {
            SiteFolder.WritePage(Path, page, skipped);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Volatile.Write(ref failed, true);   // the index is then made from the whole site instead
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>
    /// The folder for Pagefind: every page added so far, moved (not copied) into a new folder in the order of their
    /// paths. Pagefind numbers pages in the order it finds them in their folders, and a folder lists its files in
    /// an order of the file system's — on some (Linux's tmpfs) the order they were made in, which for pages made in
    /// parallel changes from build to build. Made in the order of their paths, the same pages give the same index
    /// on the same file system. Null when the pages could not be moved (a
    /// full or read-only temporary disk): the index is then made from the whole site.
    /// </summary>
    public string? Ordered()
    {
        var next = ProcessFolders.NewPath(System.IO.Path.GetDirectoryName(Path)!, Prefix);   // beside the input: its leftovers were swept when it was made
        gate.EnterWriteLock();
        try
        {
            // The pages given last time first: a page added again since then replaces its earlier version.
            var pages = new[] { ordered, Path }
                .Where(folder => folder is not null && Directory.Exists(folder))
                .SelectMany(folder => Directory.EnumerateFiles(folder!, "*", SearchOption.AllDirectories)
                    .Select(file => (File: file, Relative: System.IO.Path.GetRelativePath(folder!, file).Replace('\\', '/'))))
                .OrderBy(page => page.Relative, StringComparer.Ordinal);
            foreach (var (file, relative) in pages)
            {
                var target = System.IO.Path.Combine(next, relative);
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
                File.Move(file, target, overwrite: true);
            }
            if (ordered is not null)
            {
                ProcessFolders.DeleteQuietly(ordered);
            }
            return ordered = next;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Volatile.Write(ref failed, true);
            ProcessFolders.DeleteQuietly(next);
            return null;
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    public void Dispose()
    {
        ProcessFolders.DeleteQuietly(Path);
        if (ordered is not null)
        {
            ProcessFolders.DeleteQuietly(ordered);
        }
        gate.Dispose();
    }
}
