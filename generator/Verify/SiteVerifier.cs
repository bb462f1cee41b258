using System.Collections.Frozen;
using System.Text;
using PianoSite.Diagnostics;
using PianoSite.Render.Site;
using PianoSite.Write;

namespace PianoSite.Verify;

/// <summary>
/// Stage 6: reads back every rendered HTML page of the website (AngleSharp) and reports what would fail a
/// reader: broken internal links and anchors, heading structure, tables without headers, a missing
/// lang="it", duplicate ids. Two passes, each linear: pages are checked in parallel (collecting their
/// ids and links), then every link is looked up in the set of output files and the target page's ids.
/// Must run after the render stage, on its complete output (assets and data included, as links reach them).
/// </summary>
public static class SiteVerifier
{
    /// <param name="promised">files a later stage adds (the PDF edition, printed after verification): links to them
    /// resolve; that stage fails the build if it cannot make them.</param>
    public static IReadOnlyList<Diagnostic> Verify(IReadOnlyList<OutputFile> files, IReadOnlyList<string>? promised = null)
    {
        var prefix = SiteRenderer.Folder + "/";
        var siteFiles = files
            .Select(f => f.Path)
            .Concat(promised ?? [])
            .Where(path => path.StartsWith(prefix, StringComparison.Ordinal))
            .Select(path => path[prefix.Length..])
            .ToFrozenSet(StringComparer.Ordinal);
        var pages = files
            .Where(f => f.Path.StartsWith(prefix, StringComparison.Ordinal) && f.Path.EndsWith(".html", StringComparison.Ordinal))
            .ToArray();

        var verified = new VerifiedPage[pages.Length];
        Parallel.For(0, pages.Length, () => new PageChecker(), (i, _, checker) =>
        {
            var page = pages[i];
            verified[i] = checker.Check(page.Path, page.Path[prefix.Length..], Encoding.UTF8.GetString(page.Content.Span));
            return checker;
        }, _ => { });

        var idsByPage = verified.ToFrozenDictionary(p => p.SitePath, p => p.Ids, StringComparer.Ordinal);
        var diagnostics = new List<Diagnostic>();
        foreach (var page in verified)
        {
            diagnostics.AddRange(page.Diagnostics);
            foreach (var link in page.Links)
            {
                var problem = Problem(page.SitePath, link.Href, siteFiles, idsByPage);
                if (problem is not null)
                {
                    diagnostics.Add(Diagnostic.Error(problem.Value.Code, link.Span, problem.Value.Message));
                }
            }
        }
        return diagnostics;
    }

    private static (string Code, string Message)? Problem(
        string pagePath, string href, FrozenSet<string> siteFiles, FrozenDictionary<string, FrozenSet<string>> idsByPage)
    {
        var target = LinkRewriter.Resolve(pagePath, Uri.UnescapeDataString(href));
        if (target is null || !siteFiles.Contains(target))
        {
            return (Codes.BrokenLink, $"collegamento interrotto: «{href}» non porta ad alcun file del sito");
        }
        var hashAt = href.IndexOf('#', StringComparison.Ordinal);
        if (hashAt < 0 || hashAt == href.Length - 1)
        {
            return null;
        }
        var anchor = Uri.UnescapeDataString(href[(hashAt + 1)..]);
        if (!idsByPage.TryGetValue(target, out var ids))
        {
            return null;   // an anchor into a non-HTML file (e.g. a PDF page): not ours to check
        }
        return ids.Contains(anchor)
            ? null
            : (Codes.BrokenAnchor, $"collegamento interrotto: la pagina {target} non contiene l'ancora «#{anchor}» (da «{href}»)");
    }
}
