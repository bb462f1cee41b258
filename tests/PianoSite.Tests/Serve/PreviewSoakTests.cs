using System.Diagnostics;
using Xunit.Abstractions;

namespace PianoSite.Tests.Serve;

/// <summary>
/// Runs alone: the soak test measures the managed memory of the whole test process, which other tests running
/// beside it would fill with their own plans and sites.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PreviewSoakGroup
{
    public const string Name = "preview soak (alone)";
}

/// <summary>An editor saving the same file over and over for a long session: the preview neither stops, nor grows, nor falls behind.</summary>
[Collection(PreviewSoakGroup.Name)]
public sealed class PreviewSoakTests(ITestOutputHelper output)
{
    private const string Driver = "content/agenda/01-campus-metropolitano-smart.md";
    private const string DriverPage = "/agenda-strategica/01-campus-metropolitano-smart/";
    private const string Title = "title: Campus Metropolitano Smart";
    private const int Saves = 1000;
    private const int WarmUpSaves = 200;

    [Fact]
    public async Task A_thousand_saves_in_under_a_minute_keep_the_server_up_its_memory_bounded_and_show_the_last_save()
    {
        await using var preview = await PreviewHarness.StartAsync();
        var original = preview.Read(Driver);
        Assert.Contains(Title + "\n", original, StringComparison.Ordinal);
        string Saved(string label) => original.Replace(Title + "\n", $"{Title} ({label})\n", StringComparison.Ordinal);

        // The same kind of session before measuring, so that the "before" already holds what the server keeps by
        // design and fills in over its first rebuilds (the parse cache, the verified pages, the array pools
        // behind Kestrel and the rebuilds): measured, it levels off within the first few hundred saves.
        await SaveAsync(preview, WarmUpSaves, n => Saved($"prova {n}"));
        await PageShowsAsync(preview, $"(prova {WarmUpSaves})");
        var siteBytes = preview.Server.State.Current.Files.Values.Sum(file => (long)file.Length);
        var managedBefore = ManagedMemory();
        var workingSetBefore = WorkingSet();
        var publishedBefore = preview.Server.Hub.PublishedCount;

        var clock = Stopwatch.StartNew();
        await SaveAsync(preview, Saves, n => Saved($"salvataggio {n}"));
        var saving = clock.Elapsed;
        var page = await PageShowsAsync(preview, $"(salvataggio {Saves})");
        var settled = clock.Elapsed;

        Assert.True(saving < TimeSpan.FromMinutes(1), $"{Saves} saves took {saving.TotalSeconds:0.0} s");
        Assert.DoesNotContain($"(salvataggio {Saves - 1})", page, StringComparison.Ordinal);
        Assert.DoesNotContain("anteprima-pannello", page, StringComparison.Ordinal);
        Assert.Equal(200, (await preview.GetAsync("/")).Status);
        var rebuilds = preview.Server.Hub.PublishedCount - publishedBefore;
        var managedAfter = ManagedMemory();
        var workingSetAfter = WorkingSet();
        output.WriteLine($"{Saves} saves in {saving.TotalSeconds:0.0} s ({Saves / saving.TotalSeconds:0} saves/s); the last one served after {settled.TotalSeconds:0.0} s");
        output.WriteLine($"{rebuilds} rebuilds published a new site; the site served is {siteBytes / 1e6:0.0} MB");
        output.WriteLine($"managed memory {managedBefore / 1e6:0.0} MB → {managedAfter / 1e6:0.0} MB; working set {workingSetBefore / 1e6:0} MB → {workingSetAfter / 1e6:0} MB");

        // Most saves are debounced away, but enough rebuilds must have happened for the bound below to mean
        // something.
        Assert.InRange(rebuilds, 30, Saves / 2);
        // The server holds one site (the snapshot it serves, shared with the caches) and, while publishing, a
        // second one. Three sites' worth of growth leaves room for that and for noise, and is still caught by a
        // leak of a tenth of a site per rebuild over the 30 rebuilds checked above (a kept BuildResult, snapshot
        // or reload event list would leak far more).
        var growth = managedAfter - managedBefore;
        Assert.True(growth < 3 * siteBytes,
            $"managed memory grew by {growth / 1e6:0.0} MB over {rebuilds} rebuilds; the site is {siteBytes / 1e6:0.0} MB");
    }

    /// <summary>
    /// <paramref name="count"/> saves of the driver, mostly faster than the quiet period (so bursts are debounced
    /// into one rebuild) and every tenth followed by a longer pause (so the session rebuilds about every ten
    /// saves); every fiftieth, the driver's page must still answer.
    /// </summary>
    private static async Task SaveAsync(PreviewHarness preview, int count, Func<int, string> text)
    {
        for (var n = 1; n <= count; n++)
        {
            preview.Write(Driver, text(n));
            await Task.Delay(n % 10 == 0 ? 60 : 10);
            if (n % 50 == 0)
            {
                var (status, _) = await preview.GetAsync(DriverPage);
                Assert.True(status == 200, $"after {n} saves the page answered {status}");
            }
        }
    }

    private static async Task<string> PageShowsAsync(PreviewHarness preview, string text)
    {
        var waiting = Stopwatch.StartNew();
        while (true)
        {
            var (status, page) = await preview.GetAsync(DriverPage);
            if (status == 200 && page.Contains(text, StringComparison.Ordinal))
            {
                return page;
            }
            Assert.True(waiting.Elapsed < TimeSpan.FromSeconds(30), $"«{text}» was not served within 30 s of the last save");
            await Task.Delay(50);
        }
    }

    /// <summary>The managed heap after a full, compacting collection: what is still referenced.</summary>
    private static long ManagedMemory()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static long WorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }
}
