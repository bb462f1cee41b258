using System.Diagnostics;
using PianoSite.Diagnostics;
using PianoSite.Tests.Support;

namespace PianoSite.Tests.Parse;

/// <summary>YAML itself: syntax (PS1001), structure (PS1004), duplicate keys (PS1005), aliases (PS1006), empty files (PS1007).</summary>
public sealed class YamlDiagnosticTests
{
    private const string M1 = "content/missioni/m1.yml";

    [Fact]
    public void A_colon_inside_an_unquoted_text_is_a_syntax_error_PS1001_at_the_colon()
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.Replace(M1, "text: Banda larga per le imprese", "text: Banda larga: per le imprese");

        var result = plan.Check();

        // "    text: Banda larga" is 21 characters: the second colon is the 22nd.
        var diagnostic = DiagnosticAssert.One(result, Codes.YamlSyntax, M1, line, 22);
        Assert.Contains("racchiudere il testo tra virgolette", diagnostic.Message, StringComparison.Ordinal);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Quoting_a_text_with_a_colon_makes_it_valid()
    {
        using var plan = FixturePlan.Minimal();
        plan.Replace(M1, "text: Banda larga per le imprese", "text: \"Banda larga: per le imprese\"");

        var result = plan.Check(strict: true);

        DiagnosticAssert.Clean(result);
        Assert.Equal("Banda larga: per le imprese", result.Plan!.Objectives.ElementAt(1).Text);
    }

    [Fact]
    public void An_unclosed_bracket_is_a_syntax_error_PS1001_on_its_line()
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.Replace(M1, "actors: [cm, corpi-intermedi]", "actors: [cm, corpi-intermedi");

        var diagnostic = DiagnosticAssert.One(plan.Check(), Codes.YamlSyntax, M1, line, 14);

        Assert.Contains("non chiuse", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_bracket_at_the_end_of_a_file_is_a_syntax_error_PS1001()
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.Replace(M1, "components: [M1C2]", "components: [M1C2");

        var diagnostic = DiagnosticAssert.One(plan.Check(), Codes.YamlSyntax);

        Assert.Equal(M1, diagnostic.Span.File);
        Assert.Equal(line + 1, diagnostic.Span.Line);
        Assert.Contains("parentesi [ ] o { } non chiusa", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_quote_is_a_syntax_error_PS1001_where_the_quote_opens()
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.Replace(M1, "text: Banda larga per le imprese", "text: \"Banda larga per le imprese");

        var diagnostic = DiagnosticAssert.One(plan.Check(), Codes.YamlSyntax, M1, line, 11);

        Assert.Contains("virgolette non chiuse", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tab_used_for_indentation_is_a_syntax_error_PS1001_at_the_tab()
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.Replace(M1, "    text: Banda larga", "\ttext: Banda larga");

        var diagnostic = DiagnosticAssert.One(plan.Check(), Codes.YamlSyntax, M1, line, 1);

        Assert.Contains("tabulazione", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_syntax_error_in_front_matter_is_reported_at_its_line_in_the_whole_file()
    {
        using var plan = FixturePlan.Minimal();
        const string driver = "content/agenda/01-citta-digitale.md";
        var line = plan.Replace(driver, "subtitle: Servizi in rete per tutti", "subtitle: Servizi: in rete per tutti");

        var diagnostic = DiagnosticAssert.One(plan.Check(), Codes.YamlSyntax);

        Assert.Equal(4, line);
        Assert.Equal(new SourceSpan(driver, 4, 18), diagnostic.Span);
    }

    [Fact]
    public void A_second_YAML_document_in_one_file_is_PS1001_at_its_separator()
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.Append("content/controlli.yml", "---", "accepted: []");

        DiagnosticAssert.One(plan.Check(), Codes.YamlSyntax, "content/controlli.yml", line, 1);
    }

    [Fact]
    public void A_deeply_nested_document_is_refused_without_crashing()
    {
        using var plan = FixturePlan.Minimal();
        plan.Write("content/controlli.yml", "accepted: " + new string('[', 100_000) + new string(']', 100_000) + "\n");

        var diagnostic = DiagnosticAssert.One(plan.Check(), Codes.YamlSyntax);

        Assert.Equal("content/controlli.yml", diagnostic.Span.File);
        Assert.Equal(1, diagnostic.Span.Line);
        Assert.Contains("annidat", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_whose_root_is_a_list_is_PS1004()
    {
        using var plan = FixturePlan.Minimal();
        plan.Write("content/controlli.yml", "- code: PS3001\n");

        var diagnostic = DiagnosticAssert.One(plan.Check(), Codes.WrongType, "content/controlli.yml", 1, 1);

        Assert.Contains("non un elenco", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_complex_key_is_PS1004()
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.Append("content/controlli.yml", "? [a, b]", ": c");

        var diagnostic = DiagnosticAssert.One(plan.Check(), Codes.WrongType);

        Assert.Equal(new SourceSpan("content/controlli.yml", line, 3), diagnostic.Span);
    }

    [Fact]
    public void A_repeated_key_is_PS1005_at_the_repetition_naming_the_first()
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.InsertAfter(M1, "text: Servizi digitali per i Comuni", "    text: Un altro testo");

        var result = plan.Check();

        var diagnostic = DiagnosticAssert.One(result, Codes.DuplicateKey, M1, line, 5);
        Assert.Contains("«text»", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains($"riga {line - 1}", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("Servizi digitali per i Comuni", result.Plan!.Objectives.First().Text);
    }

    [Fact]
    public void A_repeated_top_level_key_is_PS1005()
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.Append("content/piano.yml", "title: Un altro titolo");

        DiagnosticAssert.One(plan.Check(), Codes.DuplicateKey, "content/piano.yml", line, 1);
    }

    [Fact]
    public void An_alias_is_refused_with_PS1006_at_the_alias()
    {
        using var plan = FixturePlan.Minimal();
        plan.Replace(M1, "actors: [cm, comuni]", "actors: &attori [cm, comuni]");
        var line = plan.Replace(M1, "actors: [cm, corpi-intermedi]", "actors: *attori");

        var result = plan.Check();

        var diagnostic = DiagnosticAssert.One(result, Codes.AliasNotAllowed, M1, line, 13);
        Assert.Equal(Severity.Error, diagnostic.Severity);
    }

    [Fact]
    public void A_billion_laughs_document_is_refused_quickly_at_its_first_alias()
    {
        using var plan = FixturePlan.Minimal();
        plan.Write("content/controlli.yml", File.ReadAllText(Path.Combine(TestPaths.Fixtures, "invalid", "billion-laughs.yml")));
        var firstAlias = plan.LineOf("content/controlli.yml", "b: &b");

        var clock = Stopwatch.StartNew();
        var result = plan.Check();
        clock.Stop();

        DiagnosticAssert.One(result, Codes.AliasNotAllowed, "content/controlli.yml", firstAlias, 8);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n   \n")]
    [InlineData("# solo un commento\n# e un altro\n")]
    [InlineData("~\n")]
    public void An_empty_or_comments_only_file_is_PS1007(string text)
    {
        using var plan = FixturePlan.Minimal();
        plan.Write("content/missioni/m2.yml", text);

        var result = plan.Check();

        var diagnostic = DiagnosticAssert.OneForFile(result, Codes.EmptyFile, "content/missioni/m2.yml");
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Comments_and_blank_lines_around_the_data_are_fine()
    {
        using var plan = FixturePlan.Minimal();
        plan.Write("content/missioni/m2.yml", "# Missione 2\n\n" + plan.Read("content/missioni/m2.yml") + "\n# fine\n");

        DiagnosticAssert.Clean(plan.Check(strict: true));
    }
}
