using System.Diagnostics;

namespace PianoSite.Pipeline;

/// <summary>
/// The wall time of each stage of one run, in execution order (<c>build --timings</c>, the benchmarks). Owned
/// by the caller of the pipeline and filled by it; a stage run twice (the preview) is listed twice. Stages that
/// run at the same time (the search index and the link check) are each measured from their own start to their own
/// end; the stages that take each page as it is rendered (verify, write) are summed over their runs.
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

    public T Measure<T>(string stage, Func<T> run) => Time(stage, run, summed: false);

    public void Measure(string stage, Action run) => Time(stage, Returning(run), summed: false);

    /// <summary>
    /// One more run of a stage that runs once per page, on several threads at once (verify and write take each
    /// page as it is rendered): its line is the sum of its runs, more than the time it added when threads overlap.
    /// </summary>
    public T Accumulate<T>(string stage, Func<T> run) => Time(stage, run, summed: true);

    /// <inheritdoc cref="Accumulate{T}"/>
    public void Accumulate(string stage, Action run) => Time(stage, Returning(run), summed: true);

    private static Func<object?> Returning(Action run) => () =>
    {
        run();
        return null;
    };

    private T Time<T>(string stage, Func<T> run, bool summed)
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
                var earlier = summed ? items.FindIndex(t => t.Summed && t.Stage == stage) : -1;
                if (earlier >= 0)
                {
                    items[earlier] = items[earlier] with { Elapsed = items[earlier].Elapsed + elapsed };
                }
                else
                {
                    items.Add(new StageTiming(stage, elapsed, summed));
                }
                end = clock.Elapsed;
            }
        }
    }
}
