using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using PianoSite.Model;

using PianoSite.Render.Site;
using PianoSite.Render.Templates;

namespace PianoSite.Render.Print;

/// <summary>
/// Builds the view model of the print page from the plan. Every word of the plan comes from the model; the
/// builder adds only labels (headings such as "Indice", captions) and the page numbers of the table of contents,
/// which the PDF stage measures on a first printing (<see cref="PrintPageNumbers"/>).
/// </summary>
public sealed class PrintPageBuilder(Plan plan)
{
    public const string VisionAnchor = "visione";
    public const string DirectionsAnchor = "obiettivi-strategici";
    public const string ComponentsAnchor = "componenti-pnrr";
    public const string AgendaAnchor = "agenda-strategica";
    public const string FiguresAnchor = "piano-in-cifre";
    public const string ColophonAnchor = "colophon";

    private static readonly string[] Months =
        ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"];

    public PrintView Build(PrintPageNumbers pages)
    {
        var info = plan.Info;
        var vision = Section("visione", VisionAnchor, "Visione di sviluppo metropolitano e Missioni PNRR");
        var directions = Section("obiettivi-strategici", DirectionsAnchor, "Obiettivi strategici");
        var agenda = Section("agenda-strategica", AgendaAnchor, "Agenda strategica");
        var components = new ComponentsSection(
            ComponentsAnchor,
            PlanWording.ComponentsHeading,
            PlanWording.ComponentsHeading,
            [.. plan.Actors.Select(a => a.Name)],
            [.. plan.Components.Select(c => new ComponentRow(ComponentAnchor(c.Code), c.Code, c.Title,
                [.. plan.Actors.Select(a => Mark(c.HasActor(a.Id)))]))]);
        var missions = plan.Missions.Select(MissionView).ToImmutableArray();
        var drivers = plan.Drivers.Select(DriverView).ToImmutableArray();
        var figures = new PrintFigures(FiguresAnchor, "Il piano in cifre", new Charts.ChartBuilder(plan, compact: true).All());
        // Every fact of the colophon comes from content/piano.yml: no date without the adopting act, no address without website:.
        var website = info.Website?.TrimEnd('/');
        var colophon = new Colophon(
            ColophonAnchor,
            "Colophon",
            info.Adoption is { } act ? $"Atto di adozione: {act.Organ}, n. {act.Number} del {ItalianDate(act.Date)}" : null,
            info.Licence.Name,
            info.Licence.Url,
            website is null ? null : website + "/",
            website is null ? null : website + "/dati/");

        ContentsEntry Entry(string anchor, string label, params IEnumerable<ContentsEntry> children) =>
            new(anchor, label, pages.Find(anchor)?.ToString(CultureInfo.InvariantCulture), [.. children]);
        ImmutableArray<ContentsEntry> contents =
        [
            Entry(vision.Anchor, vision.Title),
            Entry(directions.Anchor, directions.Title, Entry(components.Anchor, components.Title)),
            .. missions.Select(m => Entry(m.Anchor, m.Heading)),
            Entry(agenda.Anchor, agenda.Title, drivers.Select(d => Entry(d.Anchor, d.Heading))),
            Entry(figures.Anchor, figures.Title),
            Entry(colophon.Anchor, colophon.Title),
        ];

        return new PrintView(
            DocumentTitle: $"{info.Title} — edizione per la stampa",
            Description: MetaDescription.Of(plan.FindPage("visione")?.Body.PlainText),
            Language: info.Language,
            Title: info.Title,
            ShortTitle: info.ShortTitle,
            Issuer: info.Issuer,
            Edition: info.Edition,
            RunningHead: TrustedHtml.Rendered(CssString(info.ShortTitle)),
            Contents: contents,
            Vision: vision,
            VisionMatrix: VisionMatrix(vision.Title),
            Directions: directions,
            Components: components,
            Missions: missions,
            Agenda: agenda,
            Drivers: drivers,
            Figures: figures,
            Colophon: colophon);
    }

    /// <summary>The headings the table of contents points to, in document order: what the PDF outline must show.</summary>
    public IReadOnlyList<ContentsEntry> ContentsTargets() =>
        [.. Build(PrintPageNumbers.None).Contents.SelectMany(c => c.SelfAndDescendants())];

    public static string MissionAnchor(Mission mission) => $"missione-{mission.Number}";

    public static string DriverAnchor(Driver driver) => $"driver-{driver.Number}";

    public static string ComponentAnchor(string code) => $"componente-{code.ToLowerInvariant()}";

    public static string MissionHeading(Mission mission) => $"Missione {mission.Number}. {mission.Title}";

    public static string DriverHeading(Driver driver) => $"Driver {driver.Number}. {driver.Title}";

    private PrintSection Section(string slug, string anchor, string fallbackTitle)
    {
        var page = plan.FindPage(slug);
        return new PrintSection(anchor, page?.Title ?? fallbackTitle, TrustedHtml.Of(page?.Body));
    }

    /// <summary>
    /// The vision matrix, captioned with the plan's own heading (the vision page's title, "Visione di sviluppo
    /// metropolitano e Missioni PNRR", which the plan prints over the matrix); each row labelled with the matrix's
    /// own words for the mission (<see cref="Mission.VisionLabel"/>), not its heading.
    /// </summary>
    private MarkTable VisionMatrix(string heading) => new(
        heading,
        "Missione",
        [.. plan.Keywords.Select(k => k.Name)],
        [.. plan.Missions.Select(m => new MarkRow(PlanWording.VisionRowLabel(m),
            [.. plan.Keywords.Select(k => Mark(m.Keywords.Any(x => x.Value == k.Id)))]))]);

    private PrintMission MissionView(Mission mission) => new(
        Anchor: MissionAnchor(mission),
        Heading: MissionHeading(mission),
        IntroHtml: TrustedHtml.Of(mission.Intro),
        Keywords: string.Join(", ", mission.Keywords.Select(k => plan.Keywords.FirstOrDefault(x => x.Id == k.Value)?.Name ?? k.Value)),
        Components: [.. plan.Components.Where(c => c.MissionCode == mission.Code).Select(ComponentReference)],
        Caption: $"Obiettivi strategici della Missione {mission.Number} e attori coinvolti",
        ActorNames: [.. plan.Actors.Select(a => a.Name)],
        Objectives: [.. mission.Objectives.Select(ObjectiveView)]);

    private PrintObjective ObjectiveView(Objective objective) => new(
        Anchor: objective.Anchor,
        Id: objective.Id,
        Text: objective.Text,
        Actors: [.. plan.Actors.Select(a => Mark(objective.HasActor(a.Id)))],
        Components: [.. objective.Components
            .Select(c => plan.Components.FirstOrDefault(x => x.Code == c.Value))
            .OfType<Component>()
            .Select(ComponentReference)],
        Drivers: [.. objective.Drivers
            .Select(d => plan.Drivers.FirstOrDefault(x => x.Number == d.Value))
            .OfType<Driver>()
            .Select(d => new CrossReference(d.Number.ToString(CultureInfo.InvariantCulture), "#" + DriverAnchor(d), d.Title))]);

    private PrintDriver DriverView(Driver driver) => new(
        Anchor: DriverAnchor(driver),
        Heading: DriverHeading(driver),
        Subtitle: driver.Subtitle,
        Lead: driver.Lead,
        BodyHtml: TrustedHtml.Of(driver.Body),
        Objectives: [.. plan.Objectives
            .Where(o => o.Drivers.Any(d => d.Value == driver.Number))
            .Select(o => new CrossReference(o.Id, "#" + o.Anchor, o.Text))]);

    private static CrossReference ComponentReference(Component component) =>
        new(component.Code, "#" + ComponentAnchor(component.Code), component.Title);

    private static MarkCell Mark(bool marked) => new(marked, marked ? "sì" : "no");

    /// <summary>A date as Italian writes it in an act: "3 marzo 2025", the first of the month "1° marzo 2025".</summary>
    private static string ItalianDate(DateOnly date) =>
        $"{(date.Day == 1 ? "1°" : date.Day.ToString(CultureInfo.InvariantCulture))} {Months[date.Month - 1]} {date.Year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>A CSS string literal; "&lt;" is escaped too, so the value cannot close the style element it sits in.</summary>
    public static string CssString(string value)
    {
        var css = new StringBuilder("\"");
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' or '\\' => css.Append('\\').Append(c),
                '<' => css.Append("\\3C "),
                '\n' or '\r' => css.Append("\\A "),
                _ => css.Append(c),
            };
        }
        return css.Append('"').ToString();
    }
}
