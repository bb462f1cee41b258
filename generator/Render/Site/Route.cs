using System.Collections.Immutable;

namespace PianoSite.Render.Site;

/// <summary>
/// One page of the website: its site path ("" for the home, "missioni/m1/" for a folder page, "404.html" for a
/// file), the page template that renders its main content, its title and breadcrumbs, and its view model.
/// <see cref="Searchable"/> pages are indexed by the site search (not the search page itself, nor the 404 page).
/// <see cref="Rows"/> is how many rows the page's tables and lists hold — objectives, or the components an index
/// lists: what makes a page large (an actor's page of a 50,000-objective plan lists half of the objectives, 40 MB)
/// and slow to make, so that pages are made largest first (<see cref="PageScheduler"/>) and none of the slow ones
/// is left for the end, when the other cores have nothing more to do.
/// <see cref="Description"/> is the page's meta description (<see cref="MetaDescription"/>): plain text, from the
/// plan's words where the page has some. <see cref="StructuredData"/> is the page's schema.org JSON-LD, when it has
/// one (the plan, a mission, a driver).
/// </summary>
public sealed record Route(string Path, string Template, string Title, object Model, ImmutableArray<Crumb> Breadcrumbs, bool Searchable = true, int Rows = 0,
    Templates.TrustedHtml? StructuredData = null, string? Description = null)
{
    /// <summary>The output file below site/: folder pages become index.html.</summary>
    public string FilePath => FileOf(Path);

    /// <summary>The output file below site/ of a site path: folder pages ("missioni/m1/", "") become index.html.</summary>
    public static string FileOf(string path) => path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;

    /// <summary>The site-absolute URL path: "/missioni/m1/".</summary>
    public string UrlPath => "/" + Path;
}

/// <summary>A breadcrumb: label and site-absolute link (the last crumb, the page itself, has none).</summary>
public sealed record Crumb(string Label, string? Href);
