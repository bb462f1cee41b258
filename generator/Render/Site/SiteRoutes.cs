using System.Collections.Immutable;
using PianoSite.Model;

namespace PianoSite.Render.Site;

/// <summary>
/// The website as data: every route with its view model, built from the plan. The URLs are the stable
/// Italian ones of ARCHITECTURE.md and are cited from outside: change them only with redirects.
/// </summary>
public sealed class SiteRoutes(Plan plan, SiteOptions options)
{
    public const string Home = "Home";

    /// <summary>The main navigation, in order.</summary>
    public static ImmutableArray<NavItem> Navigation { get; } =
    [
        new("Visione", "/visione/", false),
        new("Obiettivi strategici", "/obiettivi-strategici/", false),
        new("Missioni", "/missioni/", false),
        new("Agenda strategica", "/agenda-strategica/", false),
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

    public const string PdfPath = "/pdf/psttm-2025-2027.pdf";

    public IReadOnlyList<Route> All() =>
    [
        HomeRoute(),
        .. plan.Missions.Select(MissionRoute),
    ];

    private Route HomeRoute()
    {
        var intro = plan.FindPage("visione")?.Body.Html ?? string.Empty;
        var downloads = ImmutableArray.CreateBuilder<LinkView>();
        if (options.WithPdf)
        {
            downloads.Add(new LinkView("Il piano in PDF (edizione per la stampa)", PdfPath));
        }
        downloads.Add(new LinkView("Obiettivi strategici (CSV)", "/dati/obiettivi.csv"));
        downloads.Add(new LinkView("Obiettivi strategici (JSON)", "/dati/obiettivi.json"));
        downloads.Add(new LinkView("Componenti PNRR (CSV)", "/dati/componenti-pnrr.csv"));
        var model = new HomeView(
            IntroHtml: FirstParagraph(intro),
            Missions: [.. plan.Missions.Select(m => new MissionSummary(m.Code, m.Number, m.Title, MissionHref(m), m.Objectives.Length))],
            Drivers: [.. plan.Drivers.Select(d => new DriverSummary(d.Number, d.Title, d.Subtitle, d.Lead, DriverHref(d)))],
            Downloads: downloads.ToImmutable());
        return new Route(string.Empty, "home", plan.Info.Title, model, [new Crumb(Home, null)]);
    }

    private Route MissionRoute(Mission mission, int index)
    {
        var previous = index > 0 ? plan.Missions[index - 1] : null;
        var next = index < plan.Missions.Length - 1 ? plan.Missions[index + 1] : null;
        var model = new MissionView(
            Code: mission.Code,
            Number: mission.Number,
            Title: mission.Title,
            IntroHtml: mission.Intro.Html,
            Keywords: [.. mission.Keywords.Select(k => plan.Keywords.FirstOrDefault(x => x.Id == k.Value)?.Name ?? k.Value)],
            Table: new ObjectiveTable("tabella-obiettivi", $"Obiettivi strategici della Missione {mission.Number} e attori coinvolti",
                [.. plan.Actors.Select(a => a.Name)], [.. mission.Objectives.Select(ObjectiveRow)]),
            Components: [.. plan.Components.Where(c => c.MissionCode == mission.Code).Select(ComponentLink)],
            Pager: new PagerView(
                previous is null ? null : new LinkView($"Missione {previous.Number}. {previous.Title}", MissionHref(previous)),
                next is null ? null : new LinkView($"Missione {next.Number}. {next.Title}", MissionHref(next))));
        var title = $"Missione {mission.Number}. {mission.Title}";
        return new Route($"missioni/{mission.Slug}/", "mission", title, model,
            [new Crumb(Home, "/"), new Crumb("Missioni", "/missioni/"), new Crumb($"Missione {mission.Number}", null)]);
    }

    public ObjectiveRow ObjectiveRow(Objective objective)
    {
        var missionHref = $"/missioni/{objective.MissionCode.ToLowerInvariant()}/";
        return new ObjectiveRow(
            Id: objective.Id,
            Number: objective.Number,
            Anchor: objective.Anchor,
            Text: objective.Text,
            MissionCode: objective.MissionCode,
            MissionHref: missionHref,
            Permalink: (options.BaseUrl?.TrimEnd('/') ?? string.Empty) + $"{missionHref}#{objective.Anchor}",
            Actors: [.. plan.Actors.Select(a => objective.HasActor(a.Id) ? new ActorCell(a.Name, true, "sì") : new ActorCell(a.Name, false, "no"))],
            Components: [.. objective.Components
                .Select(c => plan.Components.FirstOrDefault(x => x.Code == c.Value))
                .OfType<Component>()
                .Select(ComponentLink)],
            Drivers: [.. objective.Drivers
                .Select(d => plan.Drivers.FirstOrDefault(x => x.Number == d.Value))
                .OfType<Driver>()
                .Select(d => new LinkView($"Driver {d.Number}", DriverHref(d), d.Title))]);
    }

    public static string MissionHref(Mission mission) => $"/missioni/{mission.Slug}/";

    public static string DriverHref(Driver driver) => $"/agenda-strategica/{driver.Slug}/";

    public static string ComponentHref(Component component) => $"/pnrr/{component.Slug}/";

    private static LinkView ComponentLink(Component component) => new(component.Code, ComponentHref(component), component.Title);

    /// <summary>The first paragraph of some rendered prose, for a short introduction.</summary>
    private static string FirstParagraph(string html)
    {
        var end = html.IndexOf("</p>", StringComparison.Ordinal);
        return end < 0 ? html : html[..(end + "</p>".Length)];
    }
}
