using PianoSite.Pipeline;
using PianoSite.Synth;
using PianoSite.Tests.Support;
using PianoSite.Write;

namespace PianoSite.Tests.Pipeline;

/// <summary>
/// Every fast path can be turned off (<see cref="BuildOptions.FastPaths"/>): rows read once by the verify stage,
/// Pagefind given each page without what it skips. Off, a build reads and indexes every page whole, and must
/// write the same bytes, file for file, search index included, with the same diagnostics. Built the way a user
/// builds (to disk), on the real plan and on a synthetic plan whose rows are on every kind of page.
/// </summary>
public sealed class FastPathsTests
{
    [Fact]
    public void The_real_plan_builds_the_same_bytes_with_every_fast_path_off()
    {
        var output = ProcessFolders.NewTemporaryPath("pianosite-test-fast-");
        try
        {
            AssertSameOutput(new BuildOptions(TestPaths.RepositoryRoot, output));
        }
        finally
        {
            ProcessFolders.DeleteQuietly(output);
        }
    }

    [Fact]
    public void A_synthetic_plan_builds_the_same_bytes_with_every_fast_path_off()
    {
        using var synthetic = FixturePlan.Synthetic(new SynthOptions(600, 8, 4));
        AssertSameOutput(new BuildOptions(synthetic.Root, Path.Combine(synthetic.Root, "output")) { TemplatesRoot = TestPaths.RepositoryRoot });
    }

    private static void AssertSameOutput(BuildOptions options)
    {
        var fast = new BuildPipeline(options with { Output = Path.Combine(options.Output, "fast") }).Build();
        var plain = new BuildPipeline(options with { Output = Path.Combine(options.Output, "plain"), FastPaths = false }).Build();

        Assert.True(fast.Succeeded, string.Join('\n', fast.Diagnostics));
        Assert.Equal(fast.Diagnostics, plain.Diagnostics);
        Assert.True(Directory.EnumerateFiles(Path.Combine(options.Output, "fast", "site", "pagefind"), "*.pf_fragment", SearchOption.AllDirectories).Any());
        Assert.Equal(OutputManifest.Of(Path.Combine(options.Output, "fast")), OutputManifest.Of(Path.Combine(options.Output, "plain")));
    }
}
