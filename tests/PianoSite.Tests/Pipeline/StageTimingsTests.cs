using PianoSite.Pipeline;

namespace PianoSite.Tests.Pipeline;

public sealed class StageTimingsTests
{
    [Fact]
    public async Task Overlapping_stages_are_each_measured_and_the_wall_time_counts_the_overlap_once()
    {
        var timings = new StageTimings();
        using var bothRunning = new Barrier(2);

        var background = Task.Run(() => timings.Measure("search", () =>
        {
            bothRunning.SignalAndWait();
            Thread.Sleep(300);
            return 0;
        }));
        timings.Measure("verify", () =>
        {
            bothRunning.SignalAndWait();
            Thread.Sleep(300);
            return 0;
        });
        await background;

        Assert.Equal(["search", "verify"], timings.Items.Select(i => i.Stage).Order(StringComparer.Ordinal));
        Assert.All(timings.Items, i => Assert.True(i.Elapsed >= TimeSpan.FromMilliseconds(290), $"{i.Stage}: {i.Elapsed}"));
        var sum = timings.Items.Aggregate(TimeSpan.Zero, (total, i) => total + i.Elapsed);
        Assert.True(timings.Wall < sum, $"wall {timings.Wall} should be less than the sum {sum} of two overlapping stages");
    }
}
