using PianoSite.Write;

namespace PianoSite.Render.Site;

/// <summary>
/// The pages as the search index reads them, in a temporary folder for Pagefind (<see cref="PagefindIndex"/>):
/// only the pages it indexes, each without what it would skip (an objective's row inside an element marked
/// <c>data-pagefind-ignore="all"</c>: on a 10,000-objective plan, most of the site's bytes; the actor and link
/// cells of the rows it reads, marked <c>data-pagefind-ignore</c>: half of the rest). Pagefind
/// makes the same index from them as from the whole site, reading a fraction of it. Pages are added as they are
/// checked, from several threads; the folder is removed when disposed.
/// </summary>
public sealed class SearchInput : IDisposable
{
    private int indexed;
    private bool failed;

    public string Path { get; } = ProcessFolders.NewTemporaryPath("pianosite-search-");

    /// <summary>
    /// Whether a page was marked for the index (<c>data-pagefind-body</c>). When none is, Pagefind indexes every
    /// page, and this folder, which holds only marked pages, must not be used; nor when a page could not be written
    /// to it (a full temporary disk): the index is then made from the whole site.
    /// </summary>
    public bool HasIndexedPages => Pages > 0 && !Volatile.Read(ref failed);

    /// <summary>The pages added so far.</summary>
    public int Pages => Volatile.Read(ref indexed);

    /// <param name="page">a page of the website (below output/site/).</param>
    /// <param name="skipped">the parts of the page that Pagefind skips, in bytes, in order of offset (<see cref="Verify.SearchExtent.LeftOut"/>).</param>
    public void Add(OutputFile page, IEnumerable<(int Offset, int Length)> skipped)
    {
        Interlocked.Increment(ref indexed);
        try
        {
            SiteFolder.WritePage(Path, page, skipped);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Volatile.Write(ref failed, true);   // the index is then made from the whole site instead
        }
    }

    public void Dispose() => ProcessFolders.DeleteQuietly(Path);
}
