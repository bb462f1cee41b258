using PianoSite.Diagnostics;
using PianoSite.Verify;
using PianoSite.Write;

namespace PianoSite.Search;

/// <summary>
/// Stage 8, search: the website's pages as Pagefind reads them (<see cref="SearchInput"/>), then its index, the
/// files below site/pagefind/ (<see cref="PagefindIndex"/>). Pages come as the verify stage reads them, from several
/// threads: the search stage follows each page's reading (<see cref="Follow"/>) to learn what Pagefind skips of it,
/// instead of reading the page again. The temporary folders go when disposed.
/// </summary>
/// <param name="templatesRoot">where Pagefind's program is found (node_modules, beside templates/).</param>
/// <param name="trimmed">
/// give Pagefind each page without what it skips (the same index from a fraction of the bytes); false: whole pages
/// (<see cref="Pipeline.BuildOptions.FastPaths"/> off).
/// </param>
public sealed class SearchStage(string templatesRoot, bool trimmed) : IDisposable
{
    private readonly SearchInput input = new();

    /// <summary>A follower for one page's reading by the verify stage (<see cref="PageChecker"/>).</summary>
    public static SearchExtentReader Follow() => new();

    /// <summary>Adds a page the verify stage has read, if Pagefind indexes it.</summary>
    /// <param name="reading">the follower given to the verify stage for this page.</param>
    /// <param name="rows">the repeated blocks the verify stage read (their marked parts), or null when it read every page whole.</param>
    public void Add(OutputFile page, SearchExtentReader reading, RepeatedBlockTokens? rows)
    {
        var extent = reading.Extent;
        if (extent.Indexed)
        {
            input.Add(page, trimmed && rows is not null ? extent.LeftOut(page.Content.Span, page.Blocks, rows) : []);
        }
    }

    /// <summary>
    /// The index of the pages added. When no page was marked for it (no <c>data-pagefind-body</c>), Pagefind indexes
    /// every page, and reads the whole site (<paramref name="wholeSite"/>); so it does when a page could not be added.
    /// </summary>
    public IReadOnlyList<OutputFile> Index(Func<SiteFolder> wholeSite, DiagnosticBag diagnostics)
    {
        var pagefind = new PagefindIndex(templatesRoot);
        if (input.HasIndexedPages && input.Ordered() is { } pages)
        {
            return pagefind.Build(pages, diagnostics);
        }
        using var site = wholeSite();
        return pagefind.Build(site.Path, diagnostics);
    }

    public void Dispose() => input.Dispose();
}
