using System.Diagnostics;

namespace PianoSite.Pipeline;

/// <summary>
/// The wall time of each stage of one run, in execution order (<c>build --timings</c>, the benchmarks). Owned
/// by the caller of the pipeline and filled by it; a stage run twice (the preview) is listed twice.
/// </summary>
public sealed class StageTimings
{
    private readonly List<StageTiming> items = [];

    public IReadOnlyList<StageTiming> Items => items;

    public T Measure<T>(string stage, Func<T> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var clock = Stopwatch.StartNew();
        try
        {
            return run();
        }
        finally
        {
            items.Add(new StageTiming(stage, clock.Elapsed));
        }
    }
}
