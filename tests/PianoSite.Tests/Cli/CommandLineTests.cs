using System.Text.Json;
using PianoSite.Diagnostics;
using PianoSite.Tests.Support;

namespace PianoSite.Tests.Cli;

/// <summary>The pianosite command: exit codes 0 / 1 / 2, text and JSON reports, help, and never a stack trace.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void Check_of_a_valid_plan_exits_0_with_a_summary()
    {
        using var plan = FixturePlan.Minimal();

        var run = FixturePlan.Cli("check", "--root", plan.Root, "--strict");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("0 errori, 0 avvisi, 0 avvisi accettati.", run.Output, StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }

    [Fact]
    public void Check_of_a_plan_with_an_error_exits_1_and_prints_it_MSBuild_style()
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.Replace("content/missioni/m2.yml", "drivers: [1]", "drivers: [9]");

        var run = FixturePlan.Cli("check", "--root", plan.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"content/missioni/m2.yml:{line}:15: error PS2006: l'obiettivo M2.1 cita il driver 9, che non esiste in content/agenda/", run.Output, StringComparison.Ordinal);
        Assert.Contains("1 errore, 0 avvisi, 0 avvisi accettati. Controllo non superato.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_of_a_folder_without_content_exits_1_with_PS0001()
    {
        using var plan = FixturePlan.Empty();

        var run = FixturePlan.Cli("check", "--root", plan.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("content: error PS0001:", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frob")]
    [InlineData("check", "--bogus")]
    [InlineData("build", "--strcit")]
    [InlineData("check", "--format", "xml")]
    [InlineData("check", "--root")]
    [InlineData("check", "extra")]
    [InlineData]
    public void A_usage_error_exits_2_with_a_hint_and_runs_nothing(params string[] args)
    {
        var run = FixturePlan.Cli(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("pianosite: error: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("Usare --help", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
        Assert.False(run.HasStackTrace);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("-?")]
    public void Help_lists_the_verbs_and_exits_0(string help)
    {
        var run = FixturePlan.Cli(help);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("check", run.Output, StringComparison.Ordinal);
        Assert.Contains("build", run.Output, StringComparison.Ordinal);
        Assert.Contains("PianoSite", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check", new[] { "--root", "--format", "--strict" })]
    [InlineData("build", new[] { "--root", "--out", "--format", "--strict" })]
    public void Help_of_a_verb_lists_its_options(string verb, string[] options)
    {
        var run = FixturePlan.Cli(verb, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.All(options, option => Assert.Contains(option, run.Output, StringComparison.Ordinal));
    }

    [Fact]
    public void Json_format_parses_and_has_the_counts()
    {
        using var plan = FixturePlan.Minimal();

        var run = FixturePlan.Cli("check", "--root", plan.Root, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.True(root.GetProperty("succeeded").GetBoolean());
        Assert.Equal(0, root.GetProperty("errors").GetInt32());
        Assert.Equal(0, root.GetProperty("warnings").GetInt32());
        var counts = root.GetProperty("plan");
        Assert.Equal(2, counts.GetProperty("missions").GetInt32());
        Assert.Equal(3, counts.GetProperty("components").GetInt32());
        Assert.Equal(3, counts.GetProperty("objectives").GetInt32());
        Assert.Equal(1, counts.GetProperty("drivers").GetInt32());
        Assert.Equal(1, counts.GetProperty("pages").GetInt32());
        Assert.Empty(root.GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public void Json_format_of_the_real_plan_has_its_counts()
    {
        var run = FixturePlan.Cli("check", "--root", TestPaths.RepositoryRoot, "--format", "json", "--strict");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var counts = json.RootElement.GetProperty("plan");
        Assert.Equal((6, 16, 75, 10), (counts.GetProperty("missions").GetInt32(), counts.GetProperty("components").GetInt32(),
            counts.GetProperty("objectives").GetInt32(), counts.GetProperty("drivers").GetInt32()));
        Assert.Equal(32, json.RootElement.GetProperty("accepted").GetInt32());
    }

    [Fact]
    public void Json_format_of_a_broken_plan_exits_1_and_locates_each_diagnostic()
    {
        using var plan = FixturePlan.Minimal();
        plan.RemoveLine("content/missioni/m1.yml", "components: [M1C2]");

        var run = FixturePlan.Cli("check", "--root", plan.Root, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.False(json.RootElement.GetProperty("succeeded").GetBoolean());
        var error = json.RootElement.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("severity").GetString() == "error");
        Assert.Equal(Codes.ObjectiveWithoutComponent, error.GetProperty("code").GetString());
        Assert.Equal("content/missioni/m1.yml", error.GetProperty("file").GetString());
        Assert.Equal(11, error.GetProperty("line").GetInt32());
        Assert.Equal(5, error.GetProperty("column").GetInt32());
        Assert.Equal("M1.2", error.GetProperty("subject").GetString());
    }

    [Fact]
    public void Json_format_keeps_Italian_letters_readable()
    {
        using var plan = FixturePlan.Minimal();
        plan.RemoveLine("content/missioni/m2.yml", "components: [M2C1]");

        var run = FixturePlan.Cli("check", "--root", plan.Root, "--format", "json");

        // Accented letters are written as they are; JSON escapes only the HTML-sensitive ones (' as \u0027).
        Assert.Contains("non è collegato", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00E8", run.Output, StringComparison.OrdinalIgnoreCase);
        using var json = JsonDocument.Parse(run.Output);
        Assert.StartsWith("l'obiettivo M2.1 non è collegato", json.RootElement.GetProperty("diagnostics")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    public static TheoryData<string, string[]> Breakages => new()
    {
        { "YAML syntax error", ["content/missioni/m1.yml", "text: Banda larga per le imprese", "text: Banda: larga"] },
        { "unclosed bracket", ["content/missioni/m1.yml", "actors: [cm, corpi-intermedi]", "actors: [cm, corpi-intermedi"] },
        { "deep nesting", ["content/controlli.yml", "accepted: []", "accepted: " + new string('[', 50_000) + new string(']', 50_000)] },
        { "alias bomb", ["content/controlli.yml", "accepted: []", "a: &a [x, x]\nb: [*a, *a]\naccepted: []"] },
        { "raw HTML", ["content/pagine/visione.md", "La visione", "<script>alert(1)</script>\n\nLa visione"] },
        { "missing field", ["content/piano.yml", "issuer: Ente di prova\n", ""] },
        { "front matter", ["content/pagine/visione.md", "---\nLa visione", "La visione"] },
        { "unknown reference", ["content/missioni/m1.yml", "components: [M1C1]", "components: [M9C9]"] },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void A_broken_plan_never_prints_a_stack_trace(string breakage, string[] edit)
    {
        using var plan = FixturePlan.Minimal();
        plan.Replace(edit[0], edit[1], edit[2]);

        foreach (var verb in new[] { "check", "build" })
        {
            var run = FixturePlan.Cli(verb, "--root", plan.Root);

            Assert.True(run.ExitCode == 1, $"{breakage}, {verb}: exit {run.ExitCode}\n{run.AllText}");
            Assert.False(run.HasStackTrace, $"{breakage}, {verb}:\n{run.AllText}");
            Assert.DoesNotContain("Exception", run.AllText, StringComparison.Ordinal);
            Assert.Contains(": error PS", run.Output, StringComparison.Ordinal);
        }
        Assert.False(Directory.Exists(plan.Output));
    }

    [Fact]
    public void A_broken_plan_with_invalid_UTF8_never_prints_a_stack_trace()
    {
        using var plan = FixturePlan.Minimal();
        plan.WriteBytes("content/pagine/visione.md", [.. "---\ntitle: Visione\n---\nPerch"u8, 0xE9, .. "\n"u8]);

        var run = FixturePlan.Cli("check", "--root", plan.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/pagine/visione.md:4:6: error PS0004:", run.Output, StringComparison.Ordinal);
        Assert.False(run.HasStackTrace);
    }

    [Fact]
    public void An_unexpected_exception_is_one_PS9001_line_without_stack_trace()
    {
        // A path with a NUL character cannot come from a real command line; in-process it makes
        // Path.GetFullPath throw, which is the kind of unforeseen failure the guard exists for.
        var run = FixturePlan.Cli("check", "--root", "piano\0rotto");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("pianosite: error PS9001: errore interno di PianoSite (ArgumentException:", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.False(run.HasStackTrace);
    }
}
