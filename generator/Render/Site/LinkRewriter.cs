using System.Text;

namespace PianoSite.Render.Site;

/// <summary>
/// Templates and view models link with site-absolute paths ("/missioni/m1/#obiettivo-m1-4"): readable, and the
/// same on every page. This makes each one relative to the page and explicit about index.html, so the site
/// works from any folder of any static host and even opened from disk.
/// </summary>
public static class LinkRewriter
{
    private static readonly string[] LinkAttributes = ["data-href", "srcset", "action", "href", "src"];

    public static string Rewrite(string html, string pagePath)
    {
        var depth = pagePath.Count(c => c == '/');
        var toRoot = string.Concat(Enumerable.Repeat("../", depth));
        // Copies the page run by run into one builder (no string per link: large pages carry tens of thousands),
        // finding each ="/ with a vectorised search and then looking at the attribute's name before it, which is
        // several times faster than a regular expression over the whole page.
        StringBuilder? rewritten = null;
        var copied = 0;
        for (var at = html.IndexOf("=\"/", StringComparison.Ordinal); at >= 0; at = html.IndexOf("=\"/", at, StringComparison.Ordinal))
        {
            var start = at + 3;
            var close = start < html.Length && html[start] != '/' && IsLinkAttribute(html.AsSpan(0, at)) ? html.IndexOf('"', start) : -1;
            if (close < 0)
            {
                at++;
                continue;
            }
            var target = html.AsSpan(start, close - start);
            var suffixAt = target.IndexOfAny('#', '?');
            var path = suffixAt < 0 ? target : target[..suffixAt];
            var suffix = suffixAt < 0 ? [] : target[suffixAt..];
            rewritten ??= new StringBuilder(html.Length + html.Length / 8);
            rewritten.Append(html.AsSpan(copied, at + 2 - copied)).Append(toRoot).Append(path);
            if (path.Length == 0 || path[^1] == '/')
            {
                rewritten.Append("index.html");
            }
            rewritten.Append(suffix).Append('"');
            copied = at = close + 1;
        }
        return rewritten is null ? html : rewritten.Append(html.AsSpan(copied)).ToString();
    }

    /// <summary>Whether the text before ="/ ends with one of the link attributes, as a whole word.</summary>
    private static bool IsLinkAttribute(ReadOnlySpan<char> before)
    {
        foreach (var name in LinkAttributes)
        {
            if (before.EndsWith(name, StringComparison.Ordinal)
                && (before.Length == name.Length || !IsWordCharacter(before[^(name.Length + 1)])))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '_';

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

}
