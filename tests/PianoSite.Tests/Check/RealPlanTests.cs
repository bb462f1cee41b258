using PianoSite.Diagnostics;
using PianoSite.Pipeline;
using PianoSite.Tests.Support;

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

    [Fact]
    public void Every_acceptance_in_the_real_controlli_yml_is_used()
    {
        var result = new BuildPipeline(new BuildOptions(TestPaths.RepositoryRoot, string.Empty, Strict: true)).Check();

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == Codes.UnusedAcceptance);
        Assert.Equal(result.Plan!.AcceptedWarnings.Length, result.Diagnostics.Count(d => d.IsAccepted));
    }

    [Fact]
    public void Removing_the_components_of_M2_4_from_the_real_plan_fails_check_with_PS2001_at_the_objective()
    {
        using var plan = FixturePlan.RealContent();
        const string file = "content/missioni/m2.yml";
        var objectiveLine = plan.LineOf(file, "  - n: 4\n");
        var removed = plan.RemoveLine(file, "    components: [M2C2]\n    drivers: [3]\n  - n: 5");

        var run = FixturePlan.Cli("check", "--root", plan.Root);

        Assert.Equal(objectiveLine + 3, removed);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(
            $"{file}:{objectiveLine}:5: error PS2001: l'obiettivo M2.4 non è collegato ad alcuna componente PNRR: aggiungere components: [M2C1] (o il codice giusto)",
            run.Output.Split('\n').Select(l => l.TrimEnd('\r')));
        Assert.Contains("1 errore, 0 avvisi, 32 avvisi accettati. Controllo non superato.", run.Output, StringComparison.Ordinal);
        Assert.False(run.HasStackTrace);
    }
}
