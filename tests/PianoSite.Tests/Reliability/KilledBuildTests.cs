using System.Diagnostics;
using PianoSite.Tests.Support;

namespace PianoSite.Tests.Reliability;

/// <summary>
/// A build killed with SIGKILL at any moment must leave output/ either exactly the previous build or exactly the
/// new one — never a mixture, never nothing. The write stage's staging folder and atomic swap guarantee it. The
/// folders a killed build leaves (its staging folder, the search index's temporary folders) are removed by the next.
/// </summary>
public sealed class KilledBuildTests
{
    [Fact]
    public async Task Killing_the_build_at_random_moments_leaves_the_previous_or_the_new_output_whole()
    {
        using var plan = FixturePlan.RealContent();
        // The builds' own temporary folder, to see what they leave in it; every build uses it, since the search
        // index numbers pages in the order their folder lists them, which depends on its file system.
        var temporary = Directory.CreateDirectory(Path.Combine(plan.Root, "tmp")).FullName;
        var environment = new Dictionary<string, string> { ["TMPDIR"] = temporary + Path.DirectorySeparatorChar };
        var first = await GeneratorProcess.RunAsync(environment, "build", "--root", plan.Root, "--no-pdf");
        Assert.True(first.ExitCode == 0, first.Output + first.Error);
        var previous = OutputManifest.Of(plan.Output);

        plan.Replace("content/agenda/01-campus-metropolitano-smart.md", "title: Campus Metropolitano Smart", "title: Campus Metropolitano Smart (rev.)");
        var referenceOut = Path.Combine(plan.Root, "reference");
        var clock = Stopwatch.StartNew();
        var reference = await GeneratorProcess.RunAsync(environment, "build", "--root", plan.Root, "--out", referenceOut, "--no-pdf");
        var buildTime = clock.Elapsed;
        Assert.True(reference.ExitCode == 0, reference.Output + reference.Error);
        var next = OutputManifest.Of(referenceOut);
        Assert.NotEqual(previous, next);

        var random = new Random(4242);
        var outcomes = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            // Kills land anywhere from start-up to the swap. A build that completes first says how long a build
            // takes now (the first, timed above, may have been slower): the next delays are drawn from that.
            var delay = buildTime * (0.2 + (0.75 * random.NextDouble()));
            var started = Stopwatch.StartNew();
            using var process = GeneratorProcess.Start(environment, "build", "--root", plan.Root, "--no-pdf");
            var exited = await WaitOrTimeout(process, delay);
            if (exited)
            {
                buildTime = started.Elapsed < buildTime ? started.Elapsed : buildTime;
            }
            if (!exited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
            var now = OutputManifest.Of(plan.Output);
            Assert.True(now == previous || now == next,
                $"after a kill at {delay.TotalMilliseconds:F0} ms output/ is neither the previous nor the new build");
            outcomes.Add(exited ? "completed" : now == previous ? "killed, previous kept" : "killed, new in place");
        }
        Assert.Contains(outcomes, o => o.StartsWith("killed", StringComparison.Ordinal));

        // One more kill, once the build has made its search input: it surely leaves folders behind.
        await KillOnceSearchInputExists(environment, plan.Root, temporary);
        Assert.NotEmpty(Leftovers(plan.Root, temporary));
        var last = await GeneratorProcess.RunAsync(environment, "build", "--root", plan.Root, "--no-pdf");
        Assert.True(last.ExitCode == 0, last.Output + last.Error);
        Assert.Empty(Leftovers(plan.Root, temporary));
    }

    /// <summary>The staging folders beside output/ and the search index's folders in the temporary folder.</summary>
    private static string[] Leftovers(string root, string temporary) =>
        [.. Directory.EnumerateDirectories(root, ".output.staging-*"), .. Directory.EnumerateDirectories(temporary, "pianosite-*")];

    /// <summary>Starts builds until one is caught while its search input folder exists, and kills it then.</summary>
    private static async Task KillOnceSearchInputExists(IReadOnlyDictionary<string, string> environment, string root, string temporary)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            using var process = GeneratorProcess.Start(environment, "build", "--root", root, "--no-pdf");
            while (!process.HasExited && !Directory.EnumerateDirectories(temporary, "pianosite-search-*").Any())
            {
                await Task.Delay(2);
            }
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                return;
            }
        }
        Assert.Fail("no build was caught while its search input existed");
    }

    private static async Task<bool> WaitOrTimeout(Process process, TimeSpan delay)
    {
        using var timeout = new CancellationTokenSource(delay);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
