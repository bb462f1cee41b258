namespace PianoSite.Pipeline;

/// <summary>What one run of the pipeline is asked to do.</summary>
/// <param name="Root">the plan's root: the folder holding content/ and templates/.</param>
/// <param name="Output">where the editions go (default: root/output).</param>
/// <param name="Strict">unaccepted warnings fail the run.</param>
/// <param name="BaseUrl">the site's public address, for canonical links and the sitemap.</param>
/// <param name="WithPdf">also print the PDF edition (needs a Chromium-family browser; `build --no-pdf` turns it off).</param>
/// <param name="Browser">the browser that prints the PDF (--browser or PIANOSITE_BROWSER); null: the system's.</param>
public sealed record BuildOptions(string Root, string Output, bool Strict = false, string? BaseUrl = null, bool WithPdf = false, string? Browser = null);
