using System.Diagnostics;

namespace PianoSite.Pipeline;

/// <summary>
/// The wall time of each stage of one run, in execution order (<c>build --timings</c>, the benchmarks). Owned
/// by the caller of the pipeline and filled by it; a stage run twice (the preview) is listed twice. Stages that
/// run at the same time (the search index and verify) are each measured from their own start to their own end.
/// </summary>
public sealed class StageTimings
{
    private readonly List<StageTiming> items = [];
    private readonly Lock gate = new();
    private readonly Stopwatch clock = new();
    private TimeSpan end;

    /// <summary>From the start of the first stage to the end of the last: less than the sum of the stages when some overlap.</summary>
    public TimeSpan Wall
    {
        get
        {
            lock (gate)
            {
                return end;
            }
        }
    }

    public IReadOnlyList<StageTiming> Items
    {
        get
        {
            lock (gate)
            {
                return [.. items];
            }
        }
    }

    public T Measure<T>(string stage, Func<T> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        lock (gate)
        {
            clock.Start();   // no-op once running: the first stage starts the clock
        }
        var started = Stopwatch.GetTimestamp();
        try
        {
            return run();
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            lock (gate)
            {
                items.Add(new StageTiming(stage, elapsed));
                end = clock.Elapsed;
            }
        }
    }
}
