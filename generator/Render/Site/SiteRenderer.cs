using System.Collections.Immutable;
using System.Text;
using Microsoft.IO;
using PianoSite.Diagnostics;
using PianoSite.Model;
using PianoSite.Output;
using PianoSite.Render.Templates;
using PianoSite.Write;

namespace PianoSite.Render.Site;

/// <summary>
/// Stage 5 for the website: turns the plan into routes (<see cref="SiteRoutes"/>), renders each route's page
/// template inside the layout, and makes its links relative; then sitemap.xml and robots.txt.
/// Pages are independent, so they render in parallel (<see cref="PageScheduler"/>).
/// </summary>
/// <param name="pageBuffers">the pool the pages' bytes come from (a build), or null.</param>
public sealed class SiteRenderer(TemplateSet templates, SiteOptions options, RecyclableMemoryStreamManager? pageBuffers = null)
{
    /// <summary>Every page and the sitemap, in memory.</summary>
    public IReadOnlyList<OutputFile> Render(Plan plan, DiagnosticBag diagnostics)
    {
        var files = new MemoryOutputWriter();
        Render(plan, diagnostics, files.Add);
        return files.Files;
    }

    /// <summary>
    /// Renders every page and hands each one to <paramref name="emit"/> as soon as it is made, from several
    /// threads at once, so that the later stages can take it on and no page waits in memory for the others;
    /// then the sitemap.
    /// </summary>
    /// <param name="cancellation">stops starting pages (the preview, when a newer save makes this rebuild useless); then throws.</param>
    public void Render(Plan plan, DiagnosticBag diagnostics, Action<OutputFile> emit, CancellationToken cancellation = default) =>
        Render(plan, new SiteRoutes(plan, options).All(), diagnostics, emit, cancellation);

    /// <summary>
    /// As <see cref="Render(Plan, DiagnosticBag, Action{OutputFile}, CancellationToken)"/>, with the plan's routes already
    /// made (<see cref="SiteRoutes.All"/>: they need no template, so a build makes them while the plan is checked).
    /// </summary>
    public void Render(Plan plan, IReadOnlyList<Route> routes, DiagnosticBag diagnostics, Action<OutputFile> emit, CancellationToken cancellation = default) =>
        Render(routes, SiteRoutes.Site(plan, options), withSitemap: true, diagnostics, emit, cancellation);

    /// <summary>
    /// Renders only the pages whose file (its path below output/, "site/missioni/m1/index.html") is in
    /// <paramref name="files"/>, and no sitemap: the preview's first answer to a save, for the pages open in a browser.
    /// </summary>
    public void RenderPages(Plan plan, IReadOnlySet<string> files, DiagnosticBag diagnostics, Action<OutputFile> emit) =>
        Render(new SiteRoutes(plan, options).Only(file => files.Contains(SiteLayout.OutputPath(file))), SiteRoutes.Site(plan, options), withSitemap: false, diagnostics, emit, CancellationToken.None);

    private void Render(IReadOnlyList<Route> routes, SiteView site, bool withSitemap, DiagnosticBag diagnostics, Action<OutputFile> emit, CancellationToken cancellation)
    {
        var navigation = SiteRoutes.Navigation;
        var pageDiagnostics = routes.ToDictionary<Route, Route, DiagnosticBag>(r => r, _ => new(), ReferenceEqualityComparer.Instance);
        PageScheduler.Run(routes, route =>
        {
            if (RenderPage(route, site, navigation, pageDiagnostics[route]) is { } page)
            {
                emit(page);
            }
        }, cancellation);
        // A template error repeats on every page that uses the template: report it once.
        var reported = new HashSet<Diagnostic>(diagnostics.Items);
        foreach (var d in routes.SelectMany(r => pageDiagnostics[r].Items).Where(reported.Add))
        {
            diagnostics.Add(d);
        }
        foreach (var file in withSitemap ? SiteMap.Files(routes, options.BaseUrl) : [])
        {
            emit(file);
        }
    }

    private OutputFile? RenderPage(Route route, SiteView site, ImmutableArray<NavItem> navigation, DiagnosticBag diagnostics)
    {
        var page = new PageView(
            Title: route.Title,
            DocumentTitle: route.Path.Length == 0 ? $"{site.Title}" : $"{route.Title} — {site.ShortTitle}",
            Canonical: options.BaseUrl is null ? null : options.BaseUrl.TrimEnd('/') + route.UrlPath,
            Description: route.Description,
            Breadcrumbs: route.Breadcrumbs,
            Navigation: [.. navigation.Select(n => n with { IsCurrent = IsCurrent(n.Href, route.UrlPath) })],
            IsHome: route.Path.Length == 0,
            IsSearchable: route.Searchable,
            StructuredData: route.StructuredData);
        var content = new PageContent();
        return templates.Render($"pages/{route.Template}", new PageTemplateView(site, page, route.Model), content, diagnostics)
            ? PageAssembler.Assemble(SiteLayout.OutputPath(route.FilePath), route.Path, content, (html, output) => templates.Render("layouts/base", new LayoutView(site, page, html), output, diagnostics), pageBuffers)
            : null;
    }

    private static bool IsCurrent(string navHref, string pageUrl) =>
        navHref == "/" ? pageUrl == "/" : pageUrl.StartsWith(navHref, StringComparison.Ordinal);
}
