namespace PianoSite.Render.Site;

/// <param name="BaseUrl">the public address of the site (canonical links, sitemap); null when unknown.</param>
/// <param name="WithPdf">the PDF edition is built too, so pages may link to it.</param>
/// <param name="IsPreview">rendering for the local preview server (live reload script).</param>
public sealed record SiteOptions(string? BaseUrl, bool WithPdf, bool IsPreview = false);
