using System.Collections.Concurrent;

namespace PianoSite.Render.Site;

/// <summary>
/// Runs one piece of work per route on every core, largest pages first, with a bound on the objective rows in
/// flight: two of the largest pages are never made at the same time. Rendering, verifying and writing a page
/// briefly takes about three times its size in memory; an actor's page of a 50,000-objective plan is 40 MB, so
/// two at once would cost a quarter of a gigabyte. Small pages keep the other cores busy meanwhile, so the bound
/// costs no time unless the large pages alone outlast the rest.
/// </summary>
internal static class PageScheduler
{
    /// <summary>Pages of up to this many rows together (about 15 MB of HTML) are made at the same time freely.</summary>
    public const int RowsInFlight = 10_000;

    /// <summary>Runs <paramref name="work"/> for every route; once <paramref name="cancellation"/> is set no route is started, and it throws.</summary>
    public static void Run(IReadOnlyList<Route> routes, Action<Route> work, CancellationToken cancellation = default)
    {
        var largest = routes.Count == 0 ? 0 : routes.Max(r => r.Rows);
        var budget = Math.Max(RowsInFlight, largest + largest / 2);
        var waiting = routes.OrderByDescending(r => r.Rows).ToList();
        var gate = new object();
        var inFlight = 0;

        Route? Next()
        {
            lock (gate)
            {
                while (waiting.Count > 0 && !cancellation.IsCancellationRequested)
                {
                    var fits = waiting.FindIndex(r => inFlight + r.Rows <= budget);   // the largest that fits
                    if (fits >= 0)
                    {
                        var route = waiting[fits];
                        waiting.RemoveAt(fits);
                        inFlight += route.Rows;
                        return route;
                    }
                    Monitor.Wait(gate);
                }
                return null;
            }
        }

        void Worker()
        {
            while (Next() is { } route)
            {
                try
                {
                    work(route);
                }
                finally
                {
                    lock (gate)
                    {
                        inFlight -= route.Rows;
                        Monitor.PulseAll(gate);
                    }
                }
            }
        }

        // The calling thread is one of the workers and the others have threads of their own: on the thread pool a
        // worker could wait for a free thread (a test host, the preview's server) while this one makes every page.
        var failures = new ConcurrentQueue<Exception>();
        void Guarded()
        {
            try
            {
                Worker();
            }
#pragma warning disable CA1031 // Rethrown below, with the other workers' failures, once every worker has ended.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failures.Enqueue(e);
            }
        }

        var others = Enumerable.Range(1, Math.Max(1, Environment.ProcessorCount) - 1)
            .Select(_ => new Thread(Guarded) { IsBackground = true, Name = "PianoSite: pagine" })
            .ToList();
        others.ForEach(t => t.Start());
        Guarded();
        others.ForEach(t => t.Join());   // cancelled or not, the pages started are finished
        if (!failures.IsEmpty)
        {
            throw new AggregateException(failures);
        }
        cancellation.ThrowIfCancellationRequested();
    }
}
