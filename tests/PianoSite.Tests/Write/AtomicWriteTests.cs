using PianoSite.Diagnostics;
using PianoSite.Tests.Support;

namespace PianoSite.Tests.Write;

/// <summary>
/// The write stage: output/ is replaced only by a complete, successful build; output folders that would
/// destroy the plan are refused (PS6002); a folder that cannot be written is a diagnostic (PS6001).
/// </summary>
public sealed class AtomicWriteTests
{
    [Fact]
    public void A_build_with_errors_leaves_the_previous_output_byte_identical()
    {
        using var plan = FixturePlan.Minimal();
        Assert.Equal(0, FixturePlan.Cli("build", "--root", plan.Root).ExitCode);
        var before = OutputHashes.Of(plan.Output);
        plan.RemoveLine("content/missioni/m1.yml", "components: [M1C2]");
        plan.Replace("content/missioni/m2.yml", "Raccolta differenziata", "Raccolta porta a porta");

        var run = FixturePlan.Cli("build", "--root", plan.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error PS2001", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Edizioni scritte", run.Output, StringComparison.Ordinal);
        Assert.NotEmpty(before);
        Assert.Equal(before, OutputHashes.Of(plan.Output));
        AssertNoStagingFolder(plan);
    }

    [Fact]
    public void A_build_failing_only_strict_leaves_the_previous_output_too()
    {
        using var plan = FixturePlan.Minimal();
        Assert.True(plan.Build().Succeeded);
        var before = OutputHashes.Of(plan.Output);
        plan.Replace("content/missioni/m2.yml", "components: [M2C1]", "components: [M2C1, M1C1]");

        var result = plan.Build(strict: true);

        Assert.False(result.Succeeded);
        Assert.Equal(before, OutputHashes.Of(plan.Output));
    }

    [Fact]
    public void A_successful_build_replaces_the_whole_output_folder()
    {
        using var plan = FixturePlan.Minimal();
        Assert.True(plan.Build().Succeeded);
        File.WriteAllText(Path.Combine(plan.Output, "residuo.txt"), "da una build precedente");
        plan.Replace("content/missioni/m2.yml", "Raccolta differenziata", "Raccolta porta a porta");

        var run = FixturePlan.Cli("build", "--root", plan.Root);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Edizioni scritte in {plan.Output} (", run.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(plan.Output, "residuo.txt")));
        Assert.Contains("Raccolta porta a porta", File.ReadAllText(Path.Combine(plan.Output, "site/dati/obiettivi.csv")), StringComparison.Ordinal);
        AssertNoStagingFolder(plan);
    }

    [Theory]
    [InlineData(".")]
    [InlineData("content")]
    [InlineData("content/missioni")]
    [InlineData("templates")]
    [InlineData("templates/includes")]
    [InlineData("..")]
    public void An_output_folder_that_would_destroy_the_plan_is_refused_with_PS6002_and_nothing_is_written(string output)
    {
        // The plan sits one level down (folder/piano/content) so that ".." is a folder no other test uses.
        using var folder = FixturePlan.Minimal();
        Directory.CreateDirectory(folder.PathOf("piano"));
        Directory.Move(folder.PathOf("content"), folder.PathOf("piano/content"));
        var root = folder.PathOf("piano");
        var before = OutputHashes.Of(folder.Root);

        var run = FixturePlan.Cli("build", "--root", root, "--out", Path.GetFullPath(Path.Combine(root, output)));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error {Codes.OutputInsideContent}:", run.Output, StringComparison.Ordinal);
        Assert.Contains("scegliere un'altra cartella con --out", run.Output, StringComparison.Ordinal);
        Assert.Equal(before, OutputHashes.Of(folder.Root));
        Assert.Equal([root], Directory.EnumerateFileSystemEntries(folder.Root).Where(e => !e.EndsWith("templates", StringComparison.Ordinal)));
        Assert.False(run.HasStackTrace);
    }

    [Fact]
    public void The_refusal_comes_before_any_stage_and_is_the_only_diagnostic()
    {
        using var plan = FixturePlan.Minimal();
        plan.RemoveLine("content/missioni/m1.yml", "components: [M1C2]");

        var result = plan.Build(plan.PathOf("content"));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(Codes.OutputInsideContent, diagnostic.Code);
        Assert.Null(result.Plan);
    }

    [Fact]
    public void An_output_folder_beside_the_plan_is_fine()
    {
        using var plan = FixturePlan.Minimal();
        var output = plan.PathOf("content-pubblicato");

        Assert.True(plan.Build(output).Succeeded);
        Assert.True(File.Exists(Path.Combine(output, "site/dati/obiettivi.csv")));
    }

    [Fact]
    public void An_output_parent_that_cannot_be_created_is_PS6001_without_stack_trace()
    {
        using var plan = FixturePlan.Minimal();
        plan.Write("blocco", "un file, non una cartella\n");
        var output = plan.PathOf("blocco/output");

        var run = FixturePlan.Cli("build", "--root", plan.Root, "--out", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{output}: error {Codes.WriteFailed}: impossibile scrivere il risultato in {output}", run.Output, StringComparison.Ordinal);
        Assert.Contains("L'ultimo risultato valido è rimasto intatto", run.Output, StringComparison.Ordinal);
        Assert.False(run.HasStackTrace);
        Assert.Equal("un file, non una cartella\n", plan.Read("blocco"));
    }

    [Fact]
    public void An_output_path_that_is_a_file_is_PS6001_and_the_file_is_left_alone()
    {
        using var plan = FixturePlan.Minimal();
        plan.Write("output", "non toccare\n");

        var result = plan.Build();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(Codes.WriteFailed, diagnostic.Code);
        Assert.False(result.Succeeded);
        Assert.Equal("non toccare\n", plan.Read("output"));
        AssertNoStagingFolder(plan);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_staging_folder_is_cleaned_up_once_its_build_has_ended_and_left_alone_while_it_runs(bool stillRunning)
    {
        using var plan = FixturePlan.Minimal();
        var staging = plan.PathOf($".output.staging-{(stillRunning ? Environment.ProcessId : FinishedProcessId())}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(staging, "site"));

        Assert.True(plan.Build().Succeeded);

        Assert.Equal(stillRunning, Directory.Exists(staging));
        if (stillRunning)
        {
            Directory.Delete(staging, recursive: true);
        }
        AssertNoStagingFolder(plan);
    }

    [Fact]
    public void A_build_failing_verify_after_its_pages_were_written_leaves_the_previous_output_and_no_staging_folder()
    {
        using var plan = FixturePlan.Minimal();
        Assert.True(plan.Build().Succeeded);
        var before = OutputHashes.Of(plan.Output);
        plan.Write("templates/pages/home.sbn-html", plan.Read("templates/pages/home.sbn-html") + "<p><a href=\"/pagina-che-non-esiste/\">rotto</a></p>\n");

        var result = plan.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == Codes.BrokenLink && d.Span.File == "site/index.html");
        Assert.Equal(before, OutputHashes.Of(plan.Output));
        AssertNoStagingFolder(plan);
    }

    /// <summary>The id of a process that has ended, as a killed build's is.</summary>
    private static int FinishedProcessId()
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("dotnet", "--version") { RedirectStandardOutput = true })!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.Id;
    }

    /// <summary>The write stage stages beside the output folder (.output.staging-PID): nothing may stay behind.</summary>
    private static void AssertNoStagingFolder(FixturePlan plan) =>
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(plan.Root), e => Path.GetFileName(e).Contains(".staging-", StringComparison.Ordinal));
}
