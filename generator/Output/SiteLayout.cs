namespace PianoSite.Output;

/// <summary>
/// Where the website's files go below the output folder: the one place every stage that names an output path
/// (render makes the files, verify and search read the pages, write puts them on disk, the preview serves them)
/// takes it from, so that none of them depends on another for it.
/// </summary>
public static class SiteLayout
{
    /// <summary>The website's folder below output/.</summary>
    public const string Folder = "site";

    /// <summary>The search index's folder below the website's.</summary>
    public const string SearchFolder = "pagefind";

    /// <summary>The home page, below site/: where a link written from the site's root ("/missioni/m1/") is resolved from.</summary>
    public const string HomePage = "index.html";

    private const string Prefix = Folder + "/";

    /// <summary>Whether a file of the editions (its path below output/) is an HTML page of the website.</summary>
    public static bool IsPage(string outputPath) =>
        outputPath.StartsWith(Prefix, StringComparison.Ordinal) && outputPath.EndsWith(".html", StringComparison.Ordinal);

    /// <summary>Whether a file of the editions (its path below output/) belongs to the website.</summary>
    public static bool IsSiteFile(string outputPath) => outputPath.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The path below output/ of a file below site/: "missioni/m1/index.html" → "site/missioni/m1/index.html".</summary>
    public static string OutputPath(string sitePath) => Prefix + sitePath;

    /// <summary>The path below site/ of a website's file below output/: "site/missioni/m1/index.html" → "missioni/m1/index.html".</summary>
    public static string SitePath(string outputPath) => outputPath[Prefix.Length..];
}
