using System.Collections.Immutable;
using System.Text;
using PianoSite.Diagnostics;
using PianoSite.Model;
using PianoSite.Render.Templates;
using PianoSite.Write;

namespace PianoSite.Render.Site;

/// <summary>
/// Stage 5 for the website: turns the plan into routes (<see cref="SiteRoutes"/>), renders each route's page
/// template inside the layout, and makes its links relative; then sitemap.xml and robots.txt.
/// Pages are independent, so they render in parallel (each into its own slot: the output order is fixed).
/// </summary>
public sealed class SiteRenderer(TemplateSet templates, SiteOptions options)
{
    public const string Folder = "site";

    public IReadOnlyList<OutputFile> Render(Plan plan, DiagnosticBag diagnostics)
    {
        var routes = new SiteRoutes(plan, options).All();
        var site = SiteRoutes.Site(plan, options);
        var navigation = SiteRoutes.Navigation;
        var pages = new OutputFile?[routes.Count];
        var pageDiagnostics = new DiagnosticBag[routes.Count];
        Parallel.For(0, routes.Count, i =>
        {
            pageDiagnostics[i] = new DiagnosticBag();
            pages[i] = RenderPage(routes[i], site, navigation, pageDiagnostics[i]);
        });
        // A template error repeats on every page that uses the template: report it once.
        var reported = new HashSet<Diagnostic>(diagnostics.Items);
        foreach (var d in pageDiagnostics.SelectMany(bag => bag.Items).Where(reported.Add))
        {
            diagnostics.Add(d);
        }
        return [.. pages.OfType<OutputFile>(), .. SiteMap.Files(routes, options.BaseUrl)];
    }

    private OutputFile? RenderPage(Route route, SiteView site, ImmutableArray<NavItem> navigation, DiagnosticBag diagnostics)
    {
        var page = new PageView(
            Title: route.Title,
            DocumentTitle: route.Path.Length == 0 ? $"{site.Title}" : $"{route.Title} — {site.ShortTitle}",
            Canonical: options.BaseUrl is null ? null : options.BaseUrl.TrimEnd('/') + route.UrlPath,
            Description: null,
            Breadcrumbs: route.Breadcrumbs,
            Navigation: [.. navigation.Select(n => n with { IsCurrent = IsCurrent(n.Href, route.UrlPath) })],
            IsHome: route.Path.Length == 0,
            IsSearchable: route.Searchable);
        var content = templates.Render($"pages/{route.Template}", new PageTemplateView(site, page, route.Model), diagnostics);
        if (content is null)
        {
            return null;
        }
        var html = templates.Render("layouts/base", new LayoutView(site, page, content), diagnostics);
        if (html is null)
        {
            return null;
        }
        return new OutputFile($"{Folder}/{route.FilePath}", Encoding.UTF8.GetBytes(LinkRewriter.Rewrite(html, route.Path)));
    }

    private static bool IsCurrent(string navHref, string pageUrl) =>
        navHref == "/" ? pageUrl == "/" : pageUrl.StartsWith(navHref, StringComparison.Ordinal);
}
