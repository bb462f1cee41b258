using System.Collections.Frozen;
using System.Text;
using PianoSite.Diagnostics;
using PianoSite.Model;
using PianoSite.Write;
using PianoSite.Output;

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
    /// <summary>
    /// Verifies every file of a site at once, each page read whole: the first pass on each page in parallel, then the
    /// links. The pipeline runs the two passes itself (<see cref="PageChecker"/> as each page is rendered, then
    /// <see cref="CheckLinks"/>), so that no page has to wait in memory for the others.
    /// </summary>
    /// <param name="promised">files a later stage adds (the PDF edition, printed after verification): links to them
    /// resolve; that stage fails the build if it cannot make them.</param>
    /// <param name="cache">results of an earlier run (the preview): unchanged pages are not read again.</param>
    public static IReadOnlyList<Diagnostic> Verify(IReadOnlyList<OutputFile> files, IReadOnlyList<string>? promised = null, VerifiedPageCache? cache = null)
    {
        var checker = new PageChecker();
        var verified = new VerifiedPage?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var file = files[i];
            VerifiedPage Read() => checker.Check(file.Path, Encoding.UTF8.GetString(file.Content.Span));
            verified[i] = !SiteLayout.IsPage(file.Path) ? null : cache is null ? Read() : cache.GetOrCheck(file, Read);
        });
        var pages = verified.OfType<VerifiedPage>().ToArray();
        cache?.KeepOnly(pages);
        return CheckLinks(pages, files.Select(f => f.Path), promised);
    }

    /// <summary>
    /// The second pass: the pages' own problems, then every link looked up in the site's files and the target
    /// page's ids. Must run after the first pass has seen every page; the pages are reported in path order.
    /// </summary>
    /// <param name="files">the paths of every file of the editions, below output/.</param>
    /// <param name="contentLinks">
    /// the links written in the content's Markdown: one that leads nowhere is reported once, at the editor's line, and
    /// not again at each page that shows it.
    /// </param>
    public static IReadOnlyList<Diagnostic> CheckLinks(IEnumerable<VerifiedPage> pages, IEnumerable<string> files, IReadOnlyList<string>? promised = null,
        IReadOnlyList<ProseLink>? contentLinks = null)
    {
        var siteFiles = files
            .Concat(promised ?? [])
            .Where(SiteLayout.IsSiteFile)
            .Select(SiteLayout.SitePath)
            .ToFrozenSet(StringComparer.Ordinal);
        var ordered = pages.OrderBy(p => p.SitePath, StringComparer.Ordinal).ToArray();
        var idsByPage = ordered.ToFrozenDictionary(p => p.SitePath, p => p.Ids, StringComparer.Ordinal);
        var diagnostics = new List<Diagnostic>();
        var reportedAtContent = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in contentLinks ?? [])
        {
            var fromRoot = link.Href.TrimStart('/');
            if (Problem(SiteLayout.HomePage, fromRoot, siteFiles, idsByPage, shown: link.Href) is { } problem)
            {
                diagnostics.Add(Diagnostic.Error(problem.Code, link.Span, problem.Message));
                reportedAtContent.Add(Destination(SiteLayout.HomePage, fromRoot));
            }
        }
        // On a page, the same link is looked up once: the rows of a table link to the same few components and
        // drivers. (Across pages, a link's target depends on the page's folder, and each page has one of its own.)
        var problems = new Dictionary<string, (string Code, string Message)?>(StringComparer.Ordinal);
        foreach (var page in ordered)
        {
            diagnostics.AddRange(page.Diagnostics);
            problems.Clear();
            foreach (var link in page.Links)
            {
                if (!problems.TryGetValue(link.Href, out var problem))
                {
                    problems[link.Href] = problem = Problem(page.SitePath, link.Href, siteFiles, idsByPage);
                }
                if (problem is not null && !reportedAtContent.Contains(Destination(page.SitePath, link.Href)))
                {
                    diagnostics.Add(Diagnostic.Error(problem.Value.Code, new SourceSpan(page.OutputPath, link.Line, link.Column), problem.Value.Message));
                }
            }
        }
        return diagnostics;
    }
    /// <summary>Where a link of a page leads, anchor included: the same for a content link on every page that shows it.</summary>
    private static string Destination(string pagePath, string href)
    {
        var hashAt = href.IndexOf('#', StringComparison.Ordinal);
        return LinkTarget.Resolve(pagePath, Uri.UnescapeDataString(href)) + (hashAt < 0 ? string.Empty : Uri.UnescapeDataString(href[hashAt..]));
    }

    /// <param name="shown">the address as the message names it (the content's own form), when not <paramref name="href"/>.</param>
    private static (string Code, string Message)? Problem(
        string pagePath, string href, FrozenSet<string> siteFiles, FrozenDictionary<string, FrozenSet<string>> idsByPage, string? shown = null)
    {
        shown ??= href;
        var target = LinkTarget.Resolve(pagePath, Uri.UnescapeDataString(href));
        if (target is null || !siteFiles.Contains(target))
        {
            return (Codes.BrokenLink, $"collegamento interrotto: «{shown}» non porta ad alcun file del sito");
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
            : (Codes.BrokenAnchor, $"collegamento interrotto: la pagina {target} non contiene l'ancora «#{anchor}» (da «{shown}»)");
    }
}
