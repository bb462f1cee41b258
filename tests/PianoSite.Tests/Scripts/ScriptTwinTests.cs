using PianoSite.Tests.Support;

namespace PianoSite.Tests.Scripts;

/// <summary>
/// build.sh and build.ps1 are twins: for the same command in the same state they print the same (their own name
/// aside) on each stream and end with the same code, and each does what it should. The runs are recorded by
/// <see cref="ScriptTwinRuns"/> on a fresh copy of the repository; build.ps1 runs on the repository's PowerShell 7.6.10
/// (dotnet pwsh). On Windows only build.ps1 runs, held to the same expectations.
/// </summary>
public sealed class ScriptTwinTests(ScriptTwinRuns runs) : IClassFixture<ScriptTwinRuns>
{
    [Fact]
    public void An_unknown_verb_is_a_usage_error()
    {
        var run = Twins(runs.UnknownVerb);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("build.sh: unknown verb 'frobnicate': use build, check, serve or test\n", run.Error);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Help_lists_the_same_verbs()
    {
        var run = Twins(runs.Help);

        Assert.Equal(0, run.ExitCode);
        foreach (var verb in new[] { "./build.sh [build] [options]", "./build.sh check", "./build.sh serve", "./build.sh test" })
        {
            Assert.Contains(verb, run.Output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("dotnet", "build.sh: missing: the .NET 10 SDK.")]
    [InlineData("npm", "build.sh: missing: Node.js and npm (for the front-end assets).")]
    public void Without_a_program_they_need_both_say_what_to_install(string program, string message)
    {
        var run = Twins(runs.WithoutProgram[program]);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_check_prepares_the_generator_and_checks_the_plan()
    {
        var run = Twins(runs.FirstCheck);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith(ScriptTwinRuns.Preparing, run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("0 errori", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_script_uses_the_generator_the_other_published_and_prints_only_the_generator()
    {
        var run = Twins(runs.WarmCheck);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Equal(runs.FirstCheck.PowerShell.Output, run.Output);
    }

    [Fact]
    public void A_build_without_the_pdf_needs_no_browser_and_writes_the_same_output_folder()
    {
        var run = Twins(runs.BuildWithoutPdf);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("build.sh: installing front-end assets (npm ci)\n", run.Error);
        Assert.Contains($"Edizioni scritte in {runs.Copy.PathOf("output")} (", run.Output, StringComparison.Ordinal);
        Assert.Contains("site/index.html", runs.PowerShellOutput.Keys);
        Assert.DoesNotContain(runs.PowerShellOutput.Keys, path => path.StartsWith("pdf/", StringComparison.Ordinal));
        if (runs.BashOutput is not null)
        {
            Assert.Equal(runs.BashOutput, runs.PowerShellOutput);
        }
    }

    [Fact]
    public void Options_the_generator_does_not_know_are_usage_errors_for_build_and_serve()
    {
        foreach (var twin in new[] { runs.BuildUsageError, runs.ServeUsageError })
        {
            var run = Twins(twin);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("--frobnicate", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("build.sh:", run.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_browser_named_but_missing_fails_the_pdf_with_PS7001_and_keeps_the_last_output()
    {
        var run = Twins(runs.MissingBrowser);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error PS7001", run.AllText, StringComparison.Ordinal);
        Assert.True(runs.OutputKeptWithoutBrowser);
    }

    [Fact]
    public void A_plan_with_errors_gives_the_same_diagnostics_and_exit_code()
    {
        var run = Twins(runs.ContentError);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"content/missioni/m1.yml:{runs.ContentErrorLine}:", run.Output, StringComparison.Ordinal);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void After_a_change_to_the_generators_code_the_next_run_publishes_it_again_and_runs_the_new_code()
    {
        var (first, then) = runs.AfterCodeChange;

        Assert.StartsWith(ScriptTwinRuns.Preparing, first.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(ScriptTwinRuns.Preparing, then.Error, StringComparison.Ordinal);
        foreach (var run in new[] { first, then })
        {
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("Usare --help (ricompilato) per l'elenco", run.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void After_a_change_to_the_packages_the_next_run_publishes_the_generator_again()
    {
        var (first, then) = runs.AfterPackagesChange;

        Assert.StartsWith(ScriptTwinRuns.Preparing, first.Error, StringComparison.Ordinal);
        Assert.Equal("", then.Error);
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, then.ExitCode);
    }

    /// <summary>build.ps1's run, after checking that build.sh's (where bash runs it) printed and returned the same.</summary>
    private static CliRun Twins(Twin twin)
    {
        if (twin.Bash is { } bash)
        {
            Assert.Equal(bash.Error, twin.PowerShell.Error);
            Assert.Equal(bash.Output, twin.PowerShell.Output);
            Assert.Equal(bash.ExitCode, twin.PowerShell.ExitCode);
        }
        return twin.PowerShell;
    }
}
