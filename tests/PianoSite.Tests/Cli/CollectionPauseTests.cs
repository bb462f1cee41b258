using System.Runtime;
using PianoSite.Cli;
using PianoSite.Tests.Support;

namespace PianoSite.Tests.Cli;

/// <summary>
/// Runs alone: the pause is the whole process's (a no-GC region), and the commands other tests run at the same time
/// start pauses of their own.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CollectionPauseGroup
{
    public const string Name = "collection pause (alone)";
}

/// <summary>A build or check of a plan that fits the budget runs without collections, and leaves the collector as it found it.</summary>
[Collection(CollectionPauseGroup.Name)]
public sealed class CollectionPauseTests
{
    private const long MB = 1024 * 1024;

    [Theory]
    [InlineData(95_343, true)]        // the real plan's content
    [InlineData(3_191_981, true)]     // 10,000 objectives (the benchmark's plan)
    [InlineData(15_900_872, false)]   // 50,000 objectives: past the budget during its parse
    public void A_plan_fits_the_budget_while_what_it_allocates_up_to_its_last_page_does(long contentBytes, bool fits)
    {
        Assert.Equal(fits, CollectionPause.Fits(contentBytes, CollectionPause.MaxBudget));
    }

    [Fact]
    public void A_machine_with_little_memory_gets_a_smaller_budget()
    {
        Assert.Equal(CollectionPause.MaxBudget, CollectionPause.BudgetFor(16L * 1024 * MB));
        Assert.Equal(256 * MB, CollectionPause.BudgetFor(1024 * MB));
        Assert.False(CollectionPause.Fits(3_191_981, CollectionPause.BudgetFor(1024 * MB)));
    }

    [Fact]
    public void The_pause_holds_collections_until_it_ends()
    {
        using var plan = FixturePlan.Minimal();

        using (var pause = CollectionPause.Start(plan.Root))
        {
            Assert.NotNull(pause);
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
            var collections = GC.CollectionCount(0);   // counted once the region started: starting it may collect, to make room
            Allocate(32 * MB);
            Assert.Equal(collections, GC.CollectionCount(0));
        }

        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_pause_whose_budget_is_spent_ends_by_itself_and_is_disposed_quietly()
    {
        using var plan = FixturePlan.Minimal();

        var pause = CollectionPause.Start(plan.Root, 24 * MB);
        Assert.NotNull(pause);
        Allocate(64 * MB);

        pause.Dispose();
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_plan_past_the_budget_collects_as_usual()
    {
        using var plan = FixturePlan.Minimal();

        Assert.Null(CollectionPause.Start(plan.Root, 1024));
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void The_build_reports_its_pause_in_its_timings_and_ends_it()
    {
        using var plan = FixturePlan.Minimal();

        var run = FixturePlan.Cli("build", "--root", plan.Root, "--no-pdf", "--timings");

        Assert.Equal(0, run.ExitCode);
        var budget = CollectionPause.BudgetFor(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes);
        Assert.Contains($"raccolte sospese fino a {budget / MB} MB allocati", run.Output, StringComparison.Ordinal);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    /// <summary>Allocates <paramref name="bytes"/> in small arrays, kept alive until the end, as a build's pages are.</summary>
    private static void Allocate(long bytes)
    {
        var kept = new List<byte[]>();
        for (long done = 0; done < bytes; done += 64 * 1024)
        {
            kept.Add(new byte[64 * 1024]);
        }
        GC.KeepAlive(kept);
    }
}
