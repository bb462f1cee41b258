using System.Security.Cryptography;
using PianoSite.Cli;
using PianoSite.Pipeline;
using PianoSite.Synth;
using PianoSite.Tests.Support;

namespace PianoSite.Tests.Synth;

public sealed class SyntheticPlanTests
{
    private static string NewFolder() => Path.Combine(Path.GetTempPath(), "pianosite-synth-" + Guid.NewGuid().ToString("N")[..12]);

    private static string Generate(int objectives, long seed, string? folder = null)
    {
        folder ??= NewFolder();
        var diagnostics = SyntheticPlanGenerator.Generate(TestPaths.RepositoryRoot,
            new SynthOptions(objectives, SynthOptions.DefaultDrivers(objectives), seed), folder);
        Assert.Empty(diagnostics);
        return folder;
    }

    /// <summary>Every file below the folder with the SHA-256 of its bytes, in path order.</summary>
    internal static string[] Manifest(string folder) => [.. Directory
        .EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/') + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))))
        .Order(StringComparer.Ordinal)];

    [Fact]
    public void The_same_seed_writes_the_same_bytes_and_another_seed_another_plan()
    {
        var first = Generate(300, seed: 7);
        var second = Generate(300, seed: 7);
        var other = Generate(300, seed: 8);
        try
        {
            Assert.Equal(Manifest(first), Manifest(second));
            Assert.NotEqual(Manifest(first), Manifest(other));
        }
        finally
        {
            foreach (var folder in new[] { first, second, other })
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void A_plan_of_a_thousand_objectives_passes_the_strict_check_with_the_requested_sizes()
    {
        var root = Generate(1000, seed: 1);
        try
        {
            var result = new BuildPipeline(new BuildOptions(root, string.Empty, Strict: true)).Check();

            Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics.Take(10)));
            Assert.DoesNotContain(result.Diagnostics, d => d.IsError || (!d.IsAccepted));
            var plan = result.Plan!;
            Assert.Equal(1000, plan.Objectives.Count());
            Assert.Equal(new SynthOptions(1000, 10, 1).Missions, plan.Missions.Length);
            Assert.Equal(10, plan.Drivers.Length);
            // Bodies of 3,200–4,600 characters requested; the last paragraph, up to five of the real plan's sentences, may overshoot.
            Assert.All(plan.Drivers, d => Assert.InRange(d.Body.Markdown.Length, 3000, 7000));
            // The Markdown features of the real plan: bold openings and bullet lists.
            Assert.Contains(plan.Drivers, d => d.Body.Html.Contains("<strong>", StringComparison.Ordinal));
            Assert.Contains(plan.Drivers, d => d.Body.Html.Contains("<ul>", StringComparison.Ordinal));
            Assert.Equal(plan.Objectives.Count(), plan.Objectives.Select(o => o.Text).Distinct(StringComparer.Ordinal).Count());
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Large_plans_use_more_missions_than_six_within_the_two_digit_codes()
    {
        Assert.Equal(6, new SynthOptions(1000, 10, 1).Missions);
        Assert.Equal(59, new SynthOptions(10_000, 99, 1).Missions);
        Assert.Equal(99, new SynthOptions(50_000, 99, 1).Missions);
        Assert.Equal(3, new SynthOptions(3, 3, 1).Missions);
        Assert.Equal(10, SynthOptions.DefaultDrivers(1000));
        Assert.Equal(99, SynthOptions.DefaultDrivers(50_000));
    }

    [Fact]
    public void Synth_refuses_a_folder_holding_a_plan_it_did_not_write()
    {
        using var plan = FixturePlan.RealContent();
        var before = Manifest(plan.Root);

        var diagnostics = SyntheticPlanGenerator.Generate(TestPaths.RepositoryRoot, new SynthOptions(50, 5, 1), plan.Root);

        Assert.Contains(diagnostics, d => d.IsError);
        Assert.Equal(before, Manifest(plan.Root));
    }

    [Fact]
    public void A_synthetic_plan_without_templates_builds_with_the_checkout_templates()
    {
        var root = Generate(200, seed: 3);
        try
        {
            var output = new StringWriter();
            var code = CommandLine.Run(["build", "--root", root, "--timings"], output, new StringWriter());

            Assert.True(code == CommandLine.Success, output.ToString());
            Assert.False(Directory.Exists(Path.Combine(root, "templates")));
            Assert.True(File.Exists(Path.Combine(root, "output", "site", "missioni", "m1", "index.html")));
            Assert.Contains("Tempi per fase:", output.ToString(), StringComparison.Ordinal);
            foreach (var stage in new[] { "load", "parse", "check", "pages", "verify Σ", "write Σ", "links", "search", "commit" })
            {
                Assert.Contains($"  {stage} ", output.ToString(), StringComparison.Ordinal);
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void The_synth_verb_checks_its_options()
    {
        var error = new StringWriter();
        Assert.Equal(CommandLine.UsageError, CommandLine.Run(["synth", "--objectives", "0", "--out", NewFolder()], new StringWriter(), error));
        Assert.Equal(CommandLine.UsageError, CommandLine.Run(["synth", "--objectives", "10", "--drivers", "100", "--out", NewFolder()], new StringWriter(), new StringWriter()));
        Assert.Equal(CommandLine.UsageError, CommandLine.Run(["synth", "--objectives", "5", "--drivers", "9", "--out", NewFolder()], new StringWriter(), new StringWriter()));
        Assert.Equal(CommandLine.UsageError, CommandLine.Run(["synth", "--objectives", "10"], new StringWriter(), new StringWriter()));
    }
}
