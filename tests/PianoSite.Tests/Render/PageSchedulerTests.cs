using System.Collections.Concurrent;
using PianoSite.Render.Site;

namespace PianoSite.Tests.Render;

/// <summary>Every page is made once; the largest pages are never made at the same time; small ones run alongside.</summary>
public sealed class PageSchedulerTests
{
    private static Route Page(string path, int rows) => new(path, "mission", path, new object(), [], Rows: rows);

    [Fact]
    public void Every_route_is_worked_exactly_once()
    {
        var routes = Enumerable.Range(0, 500).Select(i => Page($"p{i}/", i % 37)).ToList();
        var seen = new ConcurrentBag<string>();

        PageScheduler.Run(routes, route => seen.Add(route.Path));

        Assert.Equal(routes.Select(r => r.Path).Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Two_of_the_largest_pages_are_never_in_flight_together_but_small_pages_are()
    {
        var routes = new List<Route> { Page("attori/a/", 25_000), Page("attori/b/", 24_000), Page("attori/c/", 26_000), Page("stampa/", 50) };
        routes.AddRange(Enumerable.Range(0, 200).Select(i => Page($"missioni/m{i}/", 250)));
        var large = 0;
        var mostLarge = 0;
        var smallBesideLarge = 0;
        var gate = new object();

        PageScheduler.Run(routes, route =>
        {
            var isLarge = route.Rows > 20_000;
            lock (gate)
            {
                large += isLarge ? 1 : 0;
                mostLarge = Math.Max(mostLarge, large);
                smallBesideLarge += !isLarge && large > 0 ? 1 : 0;
            }
            Thread.Sleep(isLarge ? 60 : 1);
            lock (gate)
            {
                large -= isLarge ? 1 : 0;
            }
        });

        Assert.Equal(1, mostLarge);
        if (Environment.ProcessorCount > 1)
        {
            Assert.True(smallBesideLarge > 0, "small pages wait for the large ones");
        }
    }

    [Fact]
    public void A_failing_page_fails_the_run_without_leaving_a_worker_waiting()
    {
        var routes = Enumerable.Range(0, 50).Select(i => Page($"p{i}/", i * 1_000)).ToList();

        var failure = Assert.Throws<AggregateException>(() => PageScheduler.Run(routes, route =>
        {
            if (route.Path == "p7/")
            {
                throw new InvalidOperationException("pagina 7");
            }
            Thread.Sleep(1);
        }));

        Assert.Contains(failure.InnerExceptions, e => e.Message == "pagina 7");
    }

    [Fact]
    public void Once_cancelled_no_page_starts_the_pages_started_finish_and_the_run_throws()
    {
        var routes = Enumerable.Range(0, 200).Select(i => Page($"p{i}/", 10)).ToList();
        using var cancellation = new CancellationTokenSource();
        var started = 0;
        var finished = 0;

        Assert.Throws<OperationCanceledException>(() => PageScheduler.Run(routes, route =>
        {
            if (Interlocked.Increment(ref started) == 5)
            {
                cancellation.Cancel();
            }
            Thread.Sleep(2);
            Interlocked.Increment(ref finished);
        }, cancellation.Token));

        Assert.Equal(started, finished);
        Assert.InRange(started, 5, 5 + Environment.ProcessorCount);
    }
}
