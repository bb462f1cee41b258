using PianoSite.Pipeline;

namespace PianoSite.Tests.Check;

public sealed class RealPlanTests
{
    [Fact]
    public void The_real_plan_passes_the_strict_check_with_its_counts()
    {
        var result = new BuildPipeline(new BuildOptions(TestPaths.RepositoryRoot, string.Empty, Strict: true)).Check();

        Assert.DoesNotContain(result.Diagnostics, d => d.IsError || !d.IsAccepted);
        Assert.True(result.Succeeded);
        var plan = result.Plan!;
        Assert.Equal(6, plan.Missions.Length);
        Assert.Equal(16, plan.Components.Length);
        Assert.Equal(75, plan.Objectives.Count());
        Assert.Equal([18, 18, 13, 9, 13, 4], plan.Missions.Select(m => m.Objectives.Length));
        Assert.Equal(10, plan.Drivers.Length);
    }
}
