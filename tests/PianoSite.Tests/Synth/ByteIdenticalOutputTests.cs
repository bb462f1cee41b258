using PianoSite.Pipeline;
using PianoSite.Render.OpenData;
using PianoSite.Synth;
using PianoSite.Tests.Support;

namespace PianoSite.Tests.Synth;

/// <summary>
/// The optimisations of issue 7 must not change a byte of the output: builds with parallel parse and render
/// are deterministic, and the lookups that replaced scans give what the scans gave.
/// </summary>
public sealed class ByteIdenticalOutputTests
{
    [Fact]
    public void Two_builds_of_a_large_plan_write_the_same_bytes()
    {
        using var synthetic = FixturePlan.Synthetic(new SynthOptions(2000, 20, 5));
        var root = synthetic.Root;
        var options = new BuildOptions(root, Path.Combine(root, "a")) { TemplatesRoot = TestPaths.RepositoryRoot };
        Assert.True(new BuildPipeline(options).Build().Succeeded);
        Assert.True(new BuildPipeline(options with { Output = Path.Combine(root, "b") }).Build().Succeeded);

        Assert.Equal(SyntheticPlanTests.Manifest(Path.Combine(root, "a")), SyntheticPlanTests.Manifest(Path.Combine(root, "b")));
    }

    [Fact]
    public void The_objectives_of_each_component_in_open_data_are_those_a_scan_of_every_objective_finds()
    {
        using var synthetic = FixturePlan.Synthetic(new SynthOptions(1500, 12, 9));
        var root = synthetic.Root;
        var plan = new BuildPipeline(new BuildOptions(root, string.Empty)).Check().Plan!;
        var csv = OpenDataRenderer.Render(plan).Single(f => f.Path.EndsWith("componenti-pnrr.csv", StringComparison.Ordinal));
        var rows = System.Text.Encoding.UTF8.GetString(csv.Content.Span).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();

        Assert.Equal(plan.Components.Length, rows.Length);
        foreach (var (component, row) in plan.Components.Zip(rows))
        {
            var scanned = string.Join(';', plan.Objectives.Where(o => o.Components.Any(c => c.Value == component.Code)).Select(o => o.Id));
            Assert.StartsWith(component.Code + ",", row, StringComparison.Ordinal);
            Assert.Contains("," + scanned + ",", row, StringComparison.Ordinal);
        }
    }
}
