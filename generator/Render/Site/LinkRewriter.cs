using System.Text;
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
        // Copies the page run by run into one builder (no string per match): large pages carry tens of
        // thousands of links.
        var rewritten = new StringBuilder(html.Length + html.Length / 8);
        var copied = 0;
        foreach (var match in SiteAbsoluteAttribute().EnumerateMatches(html))
        {
            var text = html.AsSpan(match.Index, match.Length);
            var equals = text.IndexOf("=\"/", StringComparison.Ordinal);
            var attribute = text[..equals];
            var target = text[(equals + 3)..^1];
            var suffixAt = target.IndexOfAny('#', '?');
            var path = suffixAt < 0 ? target : target[..suffixAt];
            var suffix = suffixAt < 0 ? [] : target[suffixAt..];
            rewritten.Append(html.AsSpan(copied, match.Index - copied))
                .Append(attribute).Append("=\"").Append(toRoot).Append(path);
            if (path.Length == 0 || path[^1] == '/')
            {
                rewritten.Append("index.html");
            }
            rewritten.Append(suffix).Append('"');
            copied = match.Index + match.Length;
        }
        return copied == 0 ? html : rewritten.Append(html.AsSpan(copied)).ToString();
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
