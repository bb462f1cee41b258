using System.Text.RegularExpressions;

namespace PianoSite.Render.Site;

/// <summary>
/// Templates and view models link with site-absolute paths ("/missioni/m1/#obiettivo-m1-4"): readable, and the
/// same on every page. This makes each one relative to the page and explicit about index.html, so the site
/// works from any folder of any static host and even opened from disk.
/// </summary>
public static partial class LinkRewriter
{
    public static string Rewrite(string html, string pagePath)
    {
        var depth = pagePath.Count(c => c == '/');
        var toRoot = string.Concat(Enumerable.Repeat("../", depth));
        return SiteAbsoluteAttribute().Replace(html, m =>
        {
            var target = m.Groups["path"].Value;
            var suffixAt = target.IndexOfAny(['#', '?']);
            var (path, suffix) = suffixAt < 0 ? (target, string.Empty) : (target[..suffixAt], target[suffixAt..]);
            var file = path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
            return $"{m.Groups["attr"].Value}=\"{toRoot}{file}{suffix}\"";
        });
    }

    /// <summary>Resolves a relative link written by <see cref="Rewrite"/> back to a site file path (for the verify stage).</summary>
    public static string? Resolve(string pageFile, string href)
    {
        var suffixAt = href.IndexOfAny(['#', '?']);
        var path = suffixAt < 0 ? href : href[..suffixAt];
        if (path.Length == 0)
        {
            return pageFile;
        }
        var folder = pageFile.Contains('/', StringComparison.Ordinal) ? pageFile[..(pageFile.LastIndexOf('/') + 1)] : string.Empty;
        var parts = new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var segment in path.Split('/'))
        {
            switch (segment)
            {
                case "..":
                    if (parts.Count == 0)
                    {
                        return null;
                    }
                    parts.RemoveAt(parts.Count - 1);
                    break;
                case "." or "":
                    break;
                default:
                    parts.Add(segment);
                    break;
            }
        }
        var resolved = string.Join('/', parts);
        return path.EndsWith('/') ? resolved + "/index.html" : resolved;
    }

    [GeneratedRegex("(?<attr>\\b(?:href|src|action|srcset|data-href))=\"/(?<path>(?!/)[^\"]*)\"")]
    private static partial Regex SiteAbsoluteAttribute();
}
