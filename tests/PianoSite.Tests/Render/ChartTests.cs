using System.Globalization;
using System.Text;
using AngleSharp.Html.Parser;
using PianoSite.Pipeline;
using PianoSite.Render.Charts;

namespace PianoSite.Tests.Render;

/// <summary>
/// "Il piano in cifre": the charts' numbers are the plan's, counted independently here; their colours meet WCAG
/// contrast; the page draws each chart as static SVG named by its visible title and summary, beside a table of the
/// same numbers.
/// </summary>
public sealed class ChartTests
{
    private static readonly Lazy<PianoSite.Model.Plan> RealPlan = new(() =>
        new BuildPipeline(new BuildOptions(TestPaths.RepositoryRoot, string.Empty)).Check().Plan!);

    [Fact]
    public void The_contrast_ratio_is_the_wcag_one()
    {
        Assert.Equal(21, ChartPalette.Contrast("#000000", "#ffffff"), 2);
        Assert.Equal(4.54, ChartPalette.Contrast("#767676", "#ffffff"), 2);
        Assert.Equal(1, ChartPalette.Contrast("#0066cc", "#0066cc"), 2);
    }

    [Fact]
    public void Bars_contrast_with_the_page_and_numbers_with_their_cells()
    {
        Assert.All(ChartPalette.Series.Append(ChartPalette.OneSeries),
            fill => Assert.True(ChartPalette.Contrast(fill, ChartPalette.Background) >= 3, $"{fill} on white"));
        Assert.All(ChartPalette.Steps,
            step => Assert.True(ChartPalette.Contrast(step.TextFill, step.Fill) >= 4.5, $"{step.TextFill} on {step.Fill}"));
        Assert.True(ChartPalette.Contrast(ChartPalette.Text, ChartPalette.Background) >= 4.5);
        // Neighbouring bars of different actors are told apart by their labels, not only by colour: every label names its actor.
        var chart = new ChartBuilder(RealPlan.Value).MissionsByActor();
        Assert.All(chart.Bars!.Groups.SelectMany(g => g.Bars.Select((b, i) => (b, i))),
            x => Assert.StartsWith(RealPlan.Value.Actors[x.i].Name + ": ", x.b.Label, StringComparison.Ordinal));
    }

    [Fact]
    public void The_charts_count_the_plans_objectives()
    {
        var plan = RealPlan.Value;
        var builder = new ChartBuilder(plan);

        var byActor = builder.MissionsByActor();
        foreach (var (mission, row) in plan.Missions.Zip(byActor.Table.Rows))
        {
            Assert.Equal([mission.Objectives.Length, .. plan.Actors.Select(a => mission.Objectives.Count(o => o.Actors.Any(x => x.Value == a.Id)))],
                row.Cells.Select(int.Parse));
        }
        Assert.Equal("100%", byActor.Bars!.Groups.SelectMany(g => g.Bars).MaxBy(b => b.Value)!.Width);
        Assert.StartsWith("Il piano ha 75 obiettivi in 6 missioni, da 4 a 18 per missione.", byActor.Summary, StringComparison.Ordinal);

        var drivers = builder.DriversByMission();
        foreach (var (driver, row) in plan.Drivers.Zip(drivers.Table.Rows))
        {
            var carried = plan.Objectives.Where(o => o.Drivers.Any(d => d.Value == driver.Number)).ToArray();
            Assert.Equal([.. plan.Missions.Select(m => carried.Count(o => o.MissionCode == m.Code)), carried.Length], row.Cells.Select(int.Parse));
        }
        Assert.Equal(plan.Drivers.Length * plan.Missions.Length, drivers.Matrix!.Rows.Sum(r => r.Cells.Length));

        var components = builder.ObjectivesByComponent();
        foreach (var (component, row) in plan.Components.Zip(components.Table.Rows))
        {
            Assert.Equal(plan.Objectives.Count(o => o.Components.Any(c => c.Value == component.Code)).ToString(CultureInfo.InvariantCulture), row.Cells[1]);
        }
        Assert.Contains("Nessun obiettivo è collegato alla componente M6C2.", components.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_draws_each_chart_as_svg_named_by_its_title_and_summary_beside_a_table_of_the_same_numbers()
    {
        var result = new BuildPipeline(new BuildOptions(TestPaths.RepositoryRoot, string.Empty)).Render();
        var page = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "site/piano-in-cifre/index.html").Content.Span));

        var charts = page.QuerySelectorAll("section.chart").ToArray();
        Assert.Equal(3, charts.Length);
        Assert.Empty(page.QuerySelectorAll("script"));
        foreach (var chart in charts)
        {
            var svg = Assert.Single(chart.QuerySelectorAll("svg[role=img]"));
            var names = svg.GetAttribute("aria-labelledby")!.Split(' ');
            Assert.Equal(chart.QuerySelector("h2")!.Id, names[0]);
            Assert.Equal(chart.QuerySelector("h2 + p")!.Id, names[1]);
            var table = chart.QuerySelector("details table")!;
            Assert.NotNull(table.QuerySelector("caption"));
            var tableNumbers = table.QuerySelectorAll("td").Select(td => td.TextContent).ToHashSet();
            // Every number the drawing writes ("Comuni: 16", "M1C1: 9 obiettivi", a cell's "3") is in the table.
            foreach (var text in svg.QuerySelectorAll("text").Select(t => t.TextContent))
            {
                var colon = text.IndexOf(':', StringComparison.Ordinal);
                var value = colon < 0 ? text : text[(colon + 1)..].Trim().Split(' ')[0];
                if (value.Length > 0 && value.All(char.IsAsciiDigit))
                {
                    Assert.Contains(value, tableNumbers);
                }
            }
        }
    }
}
