using System.Collections.Concurrent;
using System.Collections.Immutable;
using PianoSite.Model;

using PianoSite.Render.Templates;

namespace PianoSite.Render.Site;

/// <summary>
/// The website as data: every route with its view model, built from the plan. The URLs are the stable
/// Italian ones of ARCHITECTURE.md and are cited from outside: change them only with redirects.
/// Cross references come from one <see cref="SiteLookup"/>, so building every route is linear in the plan.
/// </summary>
public sealed class SiteRoutes(Plan plan, SiteOptions options)
{
    public const string Home = "Home";

    public const string PdfPath = "/pdf/psttm-2025-2027.pdf";

    public const string NotFoundPath = "404.html";

    public const string FiguresPath = "/piano-in-cifre/";

    public const string FiguresTitle = "Il piano in cifre";

    private readonly SiteLookup lookup = new(plan);

    private readonly StructuredData structuredData = new(plan, options);

    /// <summary>One row per objective, shared by every table that lists it (the template renders it once: see «once» in TemplateSet).</summary>
    private readonly ConcurrentDictionary<Objective, ObjectiveRow> rows = new(ReferenceEqualityComparer.Instance);

    // What the rows share (their views are immutable): made once, not once per row — an actor's page has thousands.
    private readonly ConcurrentDictionary<string, string> missionHrefs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Component, LinkView> componentLinks = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<Driver, LinkView> driverLinks = new(ReferenceEqualityComparer.Instance);

    private readonly string permalinkBase = options.BaseUrl?.TrimEnd('/') ?? string.Empty;

    /// <summary>For each actor, in plan order, its cell when not involved [0] and when involved [1].</summary>
    private readonly ImmutableArray<ActorCell[]> actorCells = [.. plan.Actors.Select(a => new[] { new ActorCell(a.Name, false, "no"), new ActorCell(a.Name, true, "sì") })];

    /// <summary>The main navigation, in order.</summary>
    public static ImmutableArray<NavItem> Navigation { get; } =
    [
        new("Visione", "/visione/", false),
        new("Obiettivi strategici", "/obiettivi-strategici/", false),
        new("Missioni", "/missioni/", false),
        new("PNRR", "/pnrr/", false),
        new("Agenda strategica", "/agenda-strategica/", false),
        new("Attori", "/attori/", false),
        new("Dati aperti", "/dati/", false),
        new("Cerca", "/cerca/", false),
    ];

    public static SiteView Site(Plan plan, SiteOptions options) => new(
        Title: plan.Info.Title,
        ShortTitle: plan.Info.ShortTitle,
        Issuer: plan.Info.Issuer,
        Edition: plan.Info.Edition,
        LicenceName: plan.Info.Licence.Name,
        LicenceUrl: plan.Info.Licence.Url,
        PdfHref: options.WithPdf ? PdfPath : null,
        DataHref: "/dati/",
        IsPreview: options.IsPreview);

    /// <summary>Every page of the site, in a fixed order (the order of the sitemap).</summary>
    public IReadOnlyList<Route> All() => [.. Pages().Select(p => p.Make(p.Path))];

    /// <summary>
    /// Only the pages whose output file (below site/: "missioni/m1/index.html") is <paramref name="wanted"/>, in
    /// the same order; the view models of the others are not made (the preview's open pages, made first).
    /// </summary>
    public IReadOnlyList<Route> Only(Func<string, bool> wanted) =>
        [.. Pages().Where(p => wanted(Route.FileOf(p.Path))).Select(p => p.Make(p.Path))];

    /// <summary>Each page's path and how to make its route from it: the paths come from here only.</summary>
    private IEnumerable<PageMaker> Pages() =>
    [
        new(string.Empty, HomeRoute),
        new("visione/", VisionRoute),
        new("obiettivi-strategici/", DirectionsRoute),
        new(FiguresPath[1..], FiguresRoute),
        new("missioni/", MissionsRoute),
        .. plan.Missions.Select((m, i) => new PageMaker(MissionHref(m)[1..], path => MissionRoute(path, m, i))),
        new("pnrr/", ComponentsRoute),
        .. plan.Components.Select((c, i) => new PageMaker(ComponentHref(c)[1..], path => ComponentRoute(path, c, i))),
        new("agenda-strategica/", AgendaRoute),
        .. plan.Drivers.Select((d, i) => new PageMaker(DriverHref(d)[1..], path => DriverRoute(path, d, i))),
        new("attori/", ActorsRoute),
        .. plan.Actors.Select(a => new PageMaker(ActorHref(a)[1..], path => ActorRoute(path, a))),
        new("cerca/", SearchRoute),
        new("dati/", DataRoute),
        new("accessibilita/", AccessibilityRoute),
        new(NotFoundPath, NotFoundRoute),
    ];

    private readonly record struct PageMaker(string Path, Func<string, Route> Make);

    private static readonly Crumb HomeCrumb = new(Home, "/");

    private Route HomeRoute(string path)
    {
        var intro = plan.FindPage("visione") is { } vision ? TrustedHtml.Of(vision.Body) : TrustedHtml.Empty;
        var downloads = ImmutableArray.CreateBuilder<LinkView>();
        if (options.WithPdf)
        {
            downloads.Add(new LinkView("Il piano in PDF (edizione per la stampa)", PdfPath));
        }
        downloads.Add(new LinkView("Il piano in una sola pagina, da stampare dal browser", "/stampa/"));
        downloads.Add(new LinkView("Obiettivi strategici (CSV)", "/dati/obiettivi.csv"));
        downloads.Add(new LinkView("Obiettivi strategici (JSON)", "/dati/obiettivi.json"));
        downloads.Add(new LinkView("Componenti PNRR (CSV)", "/dati/componenti-pnrr.csv"));
        downloads.Add(new LinkView("Componenti PNRR (JSON)", "/dati/componenti-pnrr.json"));
        var model = new HomeView(
            IntroHtml: FirstParagraph(intro),
            Missions: [.. plan.Missions.Select(m => new MissionSummary(m.Code, m.Number, m.Title, MissionHref(m), m.Objectives.Length))],
            Drivers: [.. plan.Drivers.Select(DriverSummary)],
            Explore:
            [
                new LinkView(FiguresTitle, FiguresPath, "Gli obiettivi per missione, attore, driver e componente PNRR, in grafici e tabelle"),
                new LinkView(PageTitle("visione", "Visione"), "/visione/", "Le parole chiave della visione e le missioni"),
                new LinkView(PageTitle("obiettivi-strategici", "Obiettivi strategici"), "/obiettivi-strategici/", "Le tre direzioni e gli attori delle componenti PNRR"),
                new LinkView("Componenti PNRR", "/pnrr/", "Gli obiettivi del piano per ogni componente del PNRR"),
                new LinkView("Attori", "/attori/", "Gli obiettivi che coinvolgono ciascun attore"),
            ],
            Downloads: downloads.ToImmutable());
        var encodings = downloads.Where(d => d.Href != "/stampa/").Select(d => (d.Label, d.Href,
            Format: d.Href.EndsWith(".pdf", StringComparison.Ordinal) ? "application/pdf"
                : d.Href.EndsWith(".csv", StringComparison.Ordinal) ? "text/csv" : "application/json"));
        return new Route(path, "home", plan.Info.Title, model, [new Crumb(Home, null)], StructuredData: structuredData.Plan(encodings),
            Description: MetaDescription.Of(plan.FindPage("visione")?.Body.PlainText) ?? plan.Info.Title);
    }

    private Route VisionRoute(string path)
    {
        var page = plan.FindPage("visione");
        var title = page?.Title ?? "Visione";
        var rows = plan.Missions.Select(m =>
        {
            var keywords = m.Keywords.Select(k => k.Value).ToHashSet(StringComparer.Ordinal);
            return new VisionMatrixRow(
                new LinkView(PlanWording.VisionRowLabel(m), MissionHref(m)),
                [.. plan.Keywords.Select(k => Mark(k.Name, keywords.Contains(k.Id)))]);
        });
        var cards = plan.Keywords.Select(k => new KeywordCard(k.Name,
            [.. plan.Missions
                .Where(m => m.Keywords.Any(x => x.Value == k.Id))
                .Select(m => new LinkView($"Missione {m.Number}", MissionHref(m), m.Title))]));
        var model = new VisionView(
            IntroHtml: TrustedHtml.Of(page?.Body),
            Caption: title,   // the plan prints its heading over the matrix
            KeywordNames: [.. plan.Keywords.Select(k => k.Name)],
            Rows: [.. rows],
            Keywords: [.. cards]);
        return new Route(path, "vision", title, model, [HomeCrumb, new Crumb(title, null)], Description: MetaDescription.Of(page?.Body.PlainText));
    }

    private Route DirectionsRoute(string path)
    {
        var page = plan.FindPage("obiettivi-strategici");
        var title = page?.Title ?? "Obiettivi strategici";
        var rows = plan.Components.Select(c =>
        {
            var actors = c.Actors.Select(a => a.Value).ToHashSet(StringComparer.Ordinal);
            var mission = lookup.Missions.GetValueOrDefault(c.MissionCode);
            return new ComponentActorsRow(
                new LinkView(c.Code, ComponentHref(c), c.Title),
                c.Title,
                mission is null ? new LinkView(c.MissionCode, "/missioni/") : new LinkView($"Missione {mission.Number}", MissionHref(mission), mission.Title),
                [.. plan.Actors.Select(a => Mark(a.Name, actors.Contains(a.Id)))],
                lookup.OfComponent(c.Code).Length);
        });
        var model = new DirectionsView(
            IntroHtml: TrustedHtml.Of(page?.Body),
            Caption: PlanWording.ComponentsHeading,
            ActorNames: [.. plan.Actors.Select(a => a.Name)],
            Components: [.. rows]);
        return new Route(path, "directions", title, model, [HomeCrumb, new Crumb(title, null)], Rows: plan.Components.Length,
            Description: MetaDescription.Of(page?.Body.PlainText));
    }

    private Route FiguresRoute(string path) =>
        new(path, "figures", FiguresTitle, new FiguresView(new Charts.ChartBuilder(plan).All()), [HomeCrumb, new Crumb(FiguresTitle, null)],
            Description: "Come si distribuiscono gli obiettivi strategici del piano tra missioni, attori, driver dell'Agenda strategica e componenti PNRR, in grafici e tabelle.");

    private Route MissionsRoute(string path)
    {
        var model = new MissionsView([.. plan.Missions.Select(m => new MissionCard(
            m.Code, m.Number, m.Title, MissionHref(m), TrustedHtml.Of(m.Intro), m.Objectives.Length,
            [.. ComponentsOfMission(m).Select(ComponentLink)]))]);
        return new Route(path, "missions", "Le missioni", model, [HomeCrumb, new Crumb("Missioni", null)],
            Description: $"Le {plan.Missions.Length} missioni del piano, secondo il Piano nazionale di ripresa e resilienza (PNRR): per ciascuna, gli obiettivi strategici e le componenti PNRR.");
    }

    private Route MissionRoute(string path, Mission mission, int index)
    {
        var model = new MissionView(
            Code: mission.Code,
            Number: mission.Number,
            Title: mission.Title,
            IntroHtml: TrustedHtml.Of(mission.Intro),
            Keywords: [.. mission.Keywords.Select(k => lookup.Keywords.GetValueOrDefault(k.Value)?.Name ?? k.Value)],
            Table: ObjectiveTable("tabella-obiettivi", $"Obiettivi strategici della Missione {mission.Number} e attori coinvolti",
                mission.Objectives, isPrimary: true),
            Components: [.. ComponentsOfMission(mission).Select(ComponentLink)],
            Pager: Pager("Missione precedente e successiva", plan.Missions, index,
                m => new LinkView($"Missione {m.Number}. {m.Title}", MissionHref(m))));
        var title = $"Missione {mission.Number}. {mission.Title}";
        return new Route(path, "mission", title, model,
            [HomeCrumb, new Crumb("Missioni", "/missioni/"), new Crumb($"Missione {mission.Number}", null)], Rows: mission.Objectives.Length,
            StructuredData: structuredData.Part(title, null, MissionHref(mission)),
            Description: MetaDescription.Of(mission.Intro.PlainText) ?? title);
    }

    private Route ComponentsRoute(string path)
    {
        var byMission = plan.Components.ToLookup(c => c.MissionCode, StringComparer.Ordinal);
        var groups = plan.Missions
            .Where(m => byMission.Contains(m.Code))
            .Select(m => new ComponentGroup(
                $"componenti-{m.Slug}",
                $"Missione {m.Number}. {m.Title}",
                MissionHref(m),
                [.. byMission[m.Code].Select(c => new ComponentSummary(c.Code, c.Title, ComponentHref(c), lookup.OfComponent(c.Code).Length, ActorNames(c)))]));
        return new Route(path, "components", "Componenti PNRR", new ComponentsView([.. groups]),
            [HomeCrumb, new Crumb("Componenti PNRR", null)], Rows: plan.Components.Length,
            Description: "Le componenti del Piano nazionale di ripresa e resilienza (PNRR) a cui sono collegati gli obiettivi strategici del piano, missione per missione.");
    }

    private Route ComponentRoute(string path, Component component, int index)
    {
        var mission = lookup.Missions.GetValueOrDefault(component.MissionCode);
        var objectives = lookup.OfComponent(component.Code);
        var model = new ComponentView(
            Code: component.Code,
            Title: component.Title,
            Mission: mission is null
                ? new LinkView(component.MissionCode, "/missioni/")
                : new LinkView($"Missione {mission.Number}. {mission.Title}", MissionHref(mission)),
            ActorNames: [.. ActorsOf(component).Select(a => a.Name)],
            Table: objectives.IsEmpty ? null : ObjectiveTable("tabella-obiettivi",
                $"Obiettivi strategici collegati alla componente {component.Code}", objectives, isPrimary: false),
            Pager: Pager("Componente precedente e successiva", plan.Components, index,
                c => new LinkView($"{c.Code}. {c.Title}", ComponentHref(c))));
        return new Route(path, "component", $"{component.Code}. {component.Title}", model,
            [HomeCrumb, new Crumb("Componenti PNRR", "/pnrr/"), new Crumb(component.Code, null)], Rows: objectives.Length,
            Description: MetaDescription.Of($"Componente PNRR {component.Code}. {component.Title}: " + objectives.Length switch
            {
                0 => "nessun obiettivo strategico del piano collegato.",
                1 => "1 obiettivo strategico del piano collegato, con gli attori coinvolti.",
                var n => $"{n} obiettivi strategici del piano collegati, con gli attori coinvolti.",
            }));
    }

    private Route AgendaRoute(string path)
    {
        var page = plan.FindPage("agenda-strategica");
        var title = page?.Title ?? "Agenda strategica";
        var model = new AgendaView(TrustedHtml.Of(page?.Body), [.. plan.Drivers.Select(DriverSummary)]);
        return new Route(path, "agenda", title, model, [HomeCrumb, new Crumb(title, null)], Description: MetaDescription.Of(page?.Body.PlainText));
    }

    private Route DriverRoute(string path, Driver driver, int index)
    {
        var objectives = lookup.OfDriver(driver.Number);
        var model = new DriverView(
            Number: driver.Number,
            Title: driver.Title,
            Subtitle: driver.Subtitle,
            Lead: driver.Lead,
            BodyHtml: TrustedHtml.Of(driver.Body),
            Table: objectives.IsEmpty ? null : ObjectiveTable("tabella-obiettivi",
                $"Obiettivi strategici collegati al Driver {driver.Number}", objectives, isPrimary: false),
            Pager: Pager("Driver precedente e successivo", plan.Drivers, index,
                d => new LinkView($"Driver {d.Number}. {d.Title}", DriverHref(d))));
        var agenda = plan.FindPage("agenda-strategica")?.Title ?? "Agenda strategica";
        var title = $"Driver {driver.Number}. {driver.Title}";
        return new Route(path, "driver", title, model,
            [HomeCrumb, new Crumb(agenda, "/agenda-strategica/"), new Crumb($"Driver {driver.Number}", null)], Rows: objectives.Length,
            StructuredData: structuredData.Part(title, driver.Lead, DriverHref(driver)),
            Description: MetaDescription.Of(driver.Lead) ?? MetaDescription.Of(driver.Subtitle));
    }

    private Route ActorsRoute(string path)
    {
        var model = new ActorsView([.. plan.Actors.Select(a =>
        {
            var objectives = lookup.OfActor(a.Id);
            return new ActorSummary(a.Name, ActorHref(a), objectives.Length,
                objectives.Select(o => o.MissionCode).Distinct(StringComparer.Ordinal).Count());
        })]);
        return new Route(path, "actors", "Attori", model, [HomeCrumb, new Crumb("Attori", null)],
            Description: "Gli obiettivi strategici del piano indicano, come nelle tabelle ufficiali, quali attori sono coinvolti nella loro attuazione.");
    }

    private Route ActorRoute(string path, Actor actor)
    {
        var objectives = lookup.OfActor(actor.Id);
        var byMission = objectives.ToLookup(o => o.MissionCode, StringComparer.Ordinal);
        var groups = plan.Missions
            .Where(m => byMission.Contains(m.Code))
            .Select(m => new ActorMissionGroup(
                $"missione-{m.Slug}",
                $"Missione {m.Number}. {m.Title}",
                MissionHref(m),
                ObjectiveTable($"tabella-{m.Slug}", $"Obiettivi della Missione {m.Number} che coinvolgono: {actor.Name}",
                    [.. byMission[m.Code]], isPrimary: false)));
        return new Route(path, "actor", actor.Name, new ActorView(actor.Name, objectives.Length, [.. groups]),
            [HomeCrumb, new Crumb("Attori", "/attori/"), new Crumb(actor.Name, null)], Rows: objectives.Length,
            Description: MetaDescription.Of($"{actor.Name}: gli obiettivi strategici del piano che coinvolgono questo attore ({objectives.Length}), elencati per missione."));
    }

    private static Route SearchRoute(string path) =>
        new(path, "search", "Cerca nel piano", new SearchView("/cerca/"),
            [HomeCrumb, new Crumb("Cerca", null)], Searchable: false,
            Description: "Cerca negli obiettivi strategici, nelle missioni, nei driver dell'Agenda strategica e nelle altre pagine del piano.");

    private Route DataRoute(string path)
    {
        var model = OpenDataDescription.For(plan);
        if (Catalogue.CatalogueRenderer.Writes(plan, options.BaseUrl))
        {
            model = model with { CatalogueFiles = [
                new LinkView("catalogo.rdf (RDF/XML)", Catalogue.CatalogueRenderer.RdfXmlPath),
                new LinkView("catalogo.ttl (Turtle)", Catalogue.CatalogueRenderer.TurtlePath)] };
        }
        return new(path, "data", "Dati aperti", model, [HomeCrumb, new Crumb("Dati aperti", null)],
            Description: $"Gli obiettivi strategici e le componenti PNRR del piano come dati aperti, nei formati CSV e JSON, con licenza {plan.Info.Licence.Name}.");
    }

    private Route AccessibilityRoute(string path) =>
        new(path, "accessibility", "Accessibilità", new AccessibilityView(plan.Info.Issuer, plan.Info.Title),
            [HomeCrumb, new Crumb("Accessibilità", null)],
            Description: "Come è realizzato il sito del piano per essere accessibile a tutte le persone e come segnalare un problema.");

    private static Route NotFoundRoute(string path) =>
        new(path, "not-found", "Pagina non trovata", new NotFoundView("/", "/cerca/"),
            [HomeCrumb, new Crumb("Pagina non trovata", null)], Searchable: false,
            Description: "La pagina richiesta non esiste o è stata spostata.");

    private ObjectiveTable ObjectiveTable(string captionId, string caption, ImmutableArray<Objective> objectives, bool isPrimary) =>
        new(captionId, caption, [.. plan.Actors.Select(a => a.Name)], [.. objectives.Select(ObjectiveRow)], isPrimary);

    public ObjectiveRow ObjectiveRow(Objective objective) => rows.GetOrAdd(objective, NewObjectiveRow);

    private ObjectiveRow NewObjectiveRow(Objective objective)
    {
        var missionHref = missionHrefs.GetOrAdd(objective.MissionCode, code => $"/missioni/{code.ToLowerInvariant()}/");
        var actors = ImmutableArray.CreateBuilder<ActorCell>(plan.Actors.Length);
        for (var i = 0; i < plan.Actors.Length; i++)
        {
            actors.Add(actorCells[i][objective.HasActor(plan.Actors[i].Id) ? 1 : 0]);
        }
        return new ObjectiveRow(
            Id: objective.Id,
            Number: objective.Number,
            Anchor: objective.Anchor,
            Text: objective.Text,
            MissionCode: objective.MissionCode,
            MissionHref: missionHref,
            Permalink: $"{permalinkBase}{missionHref}#{objective.Anchor}",
            Actors: actors.MoveToImmutable(),
            Components: Links(objective.Components, lookup.Components, componentLinks, ComponentLink),
            Drivers: Links(objective.Drivers, lookup.Drivers, driverLinks, d => new LinkView($"Driver {d.Number}", DriverHref(d), d.Title)));
    }

    /// <summary>The links of an objective's references, in its order; unknown ones are left out (the check stage reported them).</summary>
    private static ImmutableArray<LinkView> Links<TKey, TTarget>(ImmutableArray<Located<TKey>> references, IReadOnlyDictionary<TKey, TTarget> targets, ConcurrentDictionary<TTarget, LinkView> made, Func<TTarget, LinkView> link)
        where TKey : notnull
        where TTarget : notnull
    {
        var links = ImmutableArray.CreateBuilder<LinkView>(references.Length);
        foreach (var reference in references)
        {
            if (targets.TryGetValue(reference.Value, out var target))
            {
                links.Add(made.GetOrAdd(target, link));
            }
        }
        return links.DrainToImmutable();
    }

    /// <summary>Previous/next links around item <paramref name="index"/> of an ordered list of pages.</summary>
    private static PagerView Pager<T>(string label, ImmutableArray<T> items, int index, Func<T, LinkView> link) => new(
        label,
        index > 0 ? link(items[index - 1]) : null,
        index < items.Length - 1 ? link(items[index + 1]) : null);

    public static string MissionHref(Mission mission) => $"/missioni/{mission.Slug}/";

    public static string DriverHref(Driver driver) => $"/agenda-strategica/{driver.Slug}/";

    public static string ComponentHref(Component component) => $"/pnrr/{component.Slug}/";

    public static string ActorHref(Actor actor) => $"/attori/{actor.Id}/";

    private static LinkView ComponentLink(Component component) => new(component.Code, ComponentHref(component), component.Title);

    private static DriverSummary DriverSummary(Driver d) => new(d.Number, d.Title, d.Subtitle, d.Lead, DriverHref(d));

    private static MarkCell Mark(string label, bool marked) => new(label, marked, marked ? "sì" : "no");

    private IEnumerable<Component> ComponentsOfMission(Mission mission) => plan.Components.Where(c => c.MissionCode == mission.Code);

    private IEnumerable<Actor> ActorsOf(Component component)
    {
        var ids = component.Actors.Select(a => a.Value).ToHashSet(StringComparer.Ordinal);
        return plan.Actors.Where(a => ids.Contains(a.Id));
    }

    private string ActorNames(Component component) => string.Join(", ", ActorsOf(component).Select(a => a.Name));

    private string PageTitle(string slug, string fallback) => plan.FindPage(slug)?.Title ?? fallback;

    /// <summary>The first paragraph of some rendered prose, for a short introduction.</summary>
    private static TrustedHtml FirstParagraph(TrustedHtml html)
    {
        var end = html.Html.IndexOf("</p>", StringComparison.Ordinal);
        return end < 0 ? html : TrustedHtml.Rendered(html.Html[..(end + "</p>".Length)]);   // a whole element: still well-formed
    }
}
