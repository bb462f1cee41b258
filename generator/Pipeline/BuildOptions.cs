namespace PianoSite.Pipeline;

/// <summary>What one run of the pipeline is asked to do.</summary>
/// <param name="Root">the plan's root: the folder holding content/ and templates/.</param>
/// <param name="Output">where the editions go (default: root/output).</param>
/// <param name="Strict">unaccepted warnings fail the run.</param>
/// <param name="BaseUrl">the site's public address, for canonical links and the sitemap.</param>
/// <param name="WithPdf">also print the PDF edition (needs a Chromium-family browser; `build --no-pdf` turns it off).</param>
/// <param name="Browser">the browser that prints the PDF (--browser or PIANOSITE_BROWSER); null: the system's.</param>
/// <param name="FastPaths">
/// the mechanisms that do less work for the same output: each objective's row rendered once and repeated on every
/// page that lists it (<see cref="Render.Templates.RowCache"/>), each repeated row read once by the verify stage
/// instead of once per page (<see cref="Verify.RepeatedBlockTokens"/>), Pagefind given each page without what it
/// skips (<see cref="Search.SearchExtent"/>), and Bootstrap Italia's stylesheet cut by PurgeCSS taken from the result
/// kept for the same templates (<see cref="Render.Site.PurgedStylesheet"/>). Off, every page is read whole and given
/// whole, and PurgeCSS runs: slower, the same bytes (a test builds the real plan and a synthetic one both ways and
/// compares every file).
/// </param>
public sealed record BuildOptions(string Root, string Output, bool Strict = false, string? BaseUrl = null, bool WithPdf = false, string? Browser = null, bool FastPaths = true)
{
    /// <summary>
    /// The folder whose templates/ renders the site: the plan's root, or, for a plan without templates of its own
    /// (a synthetic plan), the PianoSite checkout's (resolved by the command line).
    /// </summary>
    public string TemplatesRoot { get; init; } = Root;

    /// <summary>
    /// SOURCE_DATE_EPOCH, parsed, when the command line was given it: the timestamp of the files that have one (the
    /// PDF's dates). Null: the last commit that touched content/, else no timestamp (<see cref="Load.SourceDate"/>).
    /// </summary>
    public long? SourceDateEpoch { get; init; }
}
