using System.Collections.Immutable;
using System.Globalization;
using PianoSite.Model;

namespace PianoSite.Render.Charts;

/// <summary>
/// The three charts of "Il piano in cifre", counted from the plan: objectives per mission by actor, objectives of
/// each mission carried by each driver, objectives per PNRR component. Their summaries are sentences with the same
/// counts; their tables hold every number the drawing shows. The labels in the drawings are short ("Missione 1",
/// "Driver 3") so that they fit a phone's width; the tables give the full titles.
/// </summary>
/// <param name="compact">
/// the print edition's drawings: tighter rows and smaller text, so that the tallest chart (18 bars) fits on one A4
/// page, where Chromium does not split it between two pages.
/// </param>
public sealed class ChartBuilder(Plan plan, bool compact = false)
{
    // Bar drawings: a group's label, then for each bar its label line and the bar beneath it (CSS pixels).
    private readonly int GroupLabelHeight = compact ? 22 : 26;
    private readonly int BarLabelHeight = compact ? 15 : 19;
    private readonly int BarHeight = compact ? 10 : 14;
    private readonly int BarGap = compact ? 6 : 10;
    private readonly int GroupGap = compact ? 8 : 14;
    private readonly int TextSize = compact ? 12 : 14;

    // Count grids: the header row, then one row per driver; the first 30 % of the width holds the row labels.
    private const int HeaderHeight = 28;
    private const int RowHeight = 34;
    private const double LabelColumn = 30;

    public ImmutableArray<Chart> All() => [MissionsByActor(), DriversByMission(), ObjectivesByComponent()];

    public Chart MissionsByActor()
    {
        var counts = plan.Missions.Select(m => (Mission: m, ByActor: plan.Actors.Select(a => m.Objectives.Count(o => o.HasActor(a.Id))).ToArray())).ToArray();
        var max = counts.SelectMany(c => c.ByActor).DefaultIfEmpty(0).Max();
        var groups = counts.Select(c => (
            Label: $"Missione {c.Mission.Number}: {Objectives(c.Mission.Objectives.Length)}",
            Bars: plan.Actors.Select((a, i) => (Label: $"{a.Name}: {c.ByActor[i]}", c.ByActor[i], Fill: ChartPalette.Series[i % ChartPalette.Series.Length]))));
        var total = plan.Objectives.Count();
        var byActor = plan.Actors.Select(a => $"{a.Name} {plan.Objectives.Count(o => o.HasActor(a.Id))}");
        var sizes = plan.Missions.Select(m => m.Objectives.Length).DefaultIfEmpty(0).ToArray();
        return new Chart(
            "grafico-missioni-attori",
            "Obiettivi per missione e attore",
            $"Il piano ha {Objectives(total)} in {plan.Missions.Length} missioni, da {sizes.Min()} a {sizes.Max()} per missione. " +
            $"Gli obiettivi che coinvolgono ciascun attore: {string.Join(", ", byActor)}; un obiettivo può coinvolgere più attori.",
            Bars(groups, max),
            null,
            new ChartTable("Obiettivi per missione e attori coinvolti",
                ["Missione", "Obiettivi", .. plan.Actors.Select(a => a.Name)],
                [.. counts.Select(c => new ChartTableRow($"Missione {c.Mission.Number}. {c.Mission.Title}",
                    [Number(c.Mission.Objectives.Length), .. c.ByActor.Select(Number)]))]),
            [.. plan.Actors.Select((a, i) => new LegendItem(a.Name, ChartPalette.Series[i % ChartPalette.Series.Length]))]);
    }

    public Chart DriversByMission()
    {
        var counts = plan.Drivers.Select(d => (Driver: d, ByMission: plan.Missions
            .Select(m => m.Objectives.Count(o => o.Drivers.Any(x => x.Value == d.Number))).ToArray())).ToArray();
        var columnWidth = (100 - LabelColumn) / Math.Max(1, plan.Missions.Length);
        var columns = plan.Missions.Select((m, i) => new MatrixColumn($"M{m.Number}", Percent(LabelColumn + columnWidth * (i + 0.5)))).ToImmutableArray();
        var rows = counts.Select((c, r) =>
        {
            var y = HeaderHeight + r * RowHeight;
            return new MatrixRow($"Driver {c.Driver.Number}", y, y + 22, RowHeight, [.. c.ByMission.Select((value, i) =>
            {
                var (fill, text) = ChartPalette.Step(value);
                return new MatrixCell(value, Percent(LabelColumn + columnWidth * i), Percent(columnWidth),
                    Percent(LabelColumn + columnWidth * (i + 0.5)), fill, text);
            })]);
        }).ToImmutableArray();
        var carried = plan.Objectives.Count(o => !o.Drivers.IsEmpty);
        var busiest = counts.OrderByDescending(c => c.ByMission.Sum()).ThenBy(c => c.Driver.Number).FirstOrDefault();
        var summary = $"Ogni casella conta gli obiettivi di una missione che un driver dell'Agenda strategica attua. " +
            $"{Objectives(carried)} su {plan.Objectives.Count()} sono attuati da almeno uno dei {plan.Drivers.Length} driver.";
        if (busiest.Driver is not null)
        {
            summary += $" Il driver che ne attua di più è il Driver {busiest.Driver.Number}, «{busiest.Driver.Title}»: " +
                $"{Objectives(busiest.ByMission.Sum())} in {busiest.ByMission.Count(v => v > 0)} missioni.";
        }
        return new Chart(
            "grafico-driver-missioni",
            "Driver e missioni: quanti obiettivi",
            summary,
            null,
            new MatrixDrawing(HeaderHeight + rows.Length * RowHeight, "20", columns, rows),
            new ChartTable("Obiettivi di ciascuna missione attuati da ciascun driver",
                ["Driver", .. plan.Missions.Select(m => $"Missione {m.Number}"), "Totale"],
                [.. counts.Select(c => new ChartTableRow($"Driver {c.Driver.Number}. {c.Driver.Title}",
                    [.. c.ByMission.Select(Number), Number(c.ByMission.Sum())]))]),
            [.. ChartPalette.Steps.Select(s => new LegendItem(s.Label, s.Fill))]);
    }

    public Chart ObjectivesByComponent()
    {
        var counts = plan.Components.Select(c => (Component: c, Count: plan.Objectives.Count(o => o.Components.Any(x => x.Value == c.Code)))).ToArray();
        var max = counts.Select(c => c.Count).DefaultIfEmpty(0).Max();
        var groups = plan.Missions
            .Where(m => counts.Any(c => c.Component.MissionCode == m.Code))
            .Select(m => (Label: $"Missione {m.Number}", Bars: counts.Where(c => c.Component.MissionCode == m.Code)
                .Select(c => (Label: $"{c.Component.Code}: {Objectives(c.Count)}", c.Count, Fill: ChartPalette.OneSeries))));
        var used = counts.Count(c => c.Count > 0);
        var top = counts.OrderByDescending(c => c.Count).FirstOrDefault();
        var unused = counts.Where(c => c.Count == 0).Select(c => c.Component.Code).ToArray();
        var summary = $"Gli obiettivi sono collegati a {used} delle {counts.Length} componenti PNRR del piano; un obiettivo può servire più componenti.";
        if (top.Component is not null && top.Count > 0)
        {
            summary += $" La componente con più obiettivi è {top.Component.Code}, «{top.Component.Title}»: {Objectives(top.Count)}.";
        }
        if (unused.Length > 0)
        {
            summary += $" {(unused.Length == 1 ? "Nessun obiettivo è collegato alla componente" : "Nessun obiettivo è collegato alle componenti")} {string.Join(", ", unused)}.";
        }
        return new Chart(
            "grafico-componenti",
            "Obiettivi per componente PNRR",
            summary,
            Bars(groups, max),
            null,
            new ChartTable("Obiettivi collegati a ciascuna componente PNRR",
                ["Componente", "Missione", "Obiettivi"],
                [.. counts.Select(c => new ChartTableRow($"{c.Component.Code}. {c.Component.Title}", [c.Component.MissionCode, Number(c.Count)]))]),
            []);
    }

    private BarDrawing Bars(IEnumerable<(string Label, IEnumerable<(string Label, int Value, string Fill)> Bars)> groups, int max)
    {
        var y = 0;
        var built = ImmutableArray.CreateBuilder<BarGroup>();
        foreach (var (label, bars) in groups)
        {
            var groupY = y + GroupLabelHeight - 8;
            y += GroupLabelHeight;
            var drawn = ImmutableArray.CreateBuilder<Bar>();
            foreach (var (barLabel, value, fill) in bars)
            {
                drawn.Add(new Bar(barLabel, value, y + BarLabelHeight - 5, y + BarLabelHeight, BarHeight, Percent(max == 0 ? 0 : 100.0 * value / max), fill));
                y += BarLabelHeight + BarHeight + BarGap;
            }
            built.Add(new BarGroup(label, groupY, drawn.ToImmutable()));
            y += GroupGap;
        }
        return new BarDrawing(y, TextSize, built.ToImmutable());
    }

    private static string Objectives(int count) => count == 1 ? "1 obiettivo" : $"{count} obiettivi";


    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Percent(double value) => value.ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
