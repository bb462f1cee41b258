using PianoSite.Diagnostics;
using PianoSite.Tests.Support;

namespace PianoSite.Tests.Parse;

/// <summary>The fields of each content file: unknown (PS1002), missing (PS1003), wrong type (PS1004), invalid value (PS1012).</summary>
public sealed class FieldDiagnosticTests
{
    private const string M1 = "content/missioni/m1.yml";

    [Fact]
    public void An_unknown_key_is_PS1002_and_suggests_the_closest_known_key()
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.Replace(M1, "    text: Banda larga", "    txet: Banda larga");

        var result = plan.Check();

        var diagnostic = DiagnosticAssert.One(result, Codes.UnknownKey, M1, line, 5);
        Assert.Contains("«txet»", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("forse si intendeva «text»?", diagnostic.Message, StringComparison.Ordinal);
        // The objective also lacks its text now: both are reported, nothing else.
        DiagnosticAssert.One(result, Codes.MissingField, M1, line - 1, 5);
    }

    [Fact]
    public void An_unknown_key_with_no_close_match_lists_the_keys_allowed_there()
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.InsertAfter(M1, "components: [M1C2]", "    scadenza: 2026");

        var diagnostic = DiagnosticAssert.One(plan.Check(), Codes.UnknownKey, M1, line, 5);

        Assert.Contains("le chiavi ammesse sono: n, text, actors, components, drivers", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("content/piano.yml", "short_title: Prova", "short_titel: Prova", "short_title")]
    [InlineData("content/pnrr.yml", "components:", "componets:", "components")]
    [InlineData("content/missioni/m2.yml", "keywords: [sostenibilita]", "keyword: [sostenibilita]", "keywords")]
    [InlineData("content/agenda/01-citta-digitale.md", "lead: Un driver di prova.", "laed: Un driver di prova.", "lead")]
    [InlineData("content/pagine/visione.md", "title: Visione", "Title: Visione", "title")]
    [InlineData("content/controlli.yml", "accepted: []", "acepted: []", "accepted")]
    public void Every_kind_of_file_reports_unknown_keys_with_a_suggestion(string file, string line, string misspelt, string suggestion)
    {
        using var plan = FixturePlan.Minimal();
        var at = plan.Replace(file, line, misspelt);

        var diagnostic = DiagnosticAssert.One(plan.Check(), Codes.UnknownKey);

        Assert.Equal(new SourceSpan(file, at, 1), diagnostic.Span);
        Assert.Contains($"«{suggestion}»", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_field_is_PS1003_at_the_object_that_lacks_it()
    {
        using var plan = FixturePlan.Minimal();
        plan.RemoveLine(M1, "text: Banda larga per le imprese");

        var diagnostic = DiagnosticAssert.One(plan.Check(), Codes.MissingField, M1, 11, 5);

        Assert.Contains("manca il campo obbligatorio «text» in un obiettivo", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_top_level_field_is_PS1003_at_the_start_of_the_file()
    {
        using var plan = FixturePlan.Minimal();
        plan.RemoveLine("content/missioni/m2.yml", "mission: M2");

        var diagnostic = DiagnosticAssert.One(plan.Check(), Codes.MissingField, "content/missioni/m2.yml", 1, 1);

        Assert.Contains("«mission»", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: Città digitale", "title:", 7)]
    [InlineData("title: Città digitale", "title: \"\"", 8)]
    [InlineData("title: Città digitale", "title: \"   \"", 8)]
    [InlineData("title: Città digitale", "title: ~", 8)]
    public void An_empty_required_field_is_PS1003_at_its_value(string line, string empty, int column)
    {
        using var plan = FixturePlan.Minimal();
        const string driver = "content/agenda/01-citta-digitale.md";
        var at = plan.Replace(driver, line, empty);

        var diagnostic = DiagnosticAssert.One(plan.Check(), Codes.MissingField, driver, at, column);

        Assert.Contains("«title»", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_where_a_text_is_expected_is_PS1004()
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.Replace(M1, "text: Banda larga per le imprese", "text: [Banda larga, per le imprese]");

        var diagnostic = DiagnosticAssert.One(plan.Check(), Codes.WrongType, M1, line, 11);

        Assert.Contains("«text» in un obiettivo deve essere un testo, non un elenco", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_where_a_list_is_expected_is_PS1004()
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.Replace(M1, "components: [M1C2]", "components: M1C2");

        var result = plan.Check();

        var diagnostic = DiagnosticAssert.One(result, Codes.WrongType, M1, line, 17);
        Assert.Contains("«components» in un obiettivo deve essere un elenco, ad esempio [a, b], non un testo", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_where_a_list_of_objects_is_expected_is_PS1004()
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.Replace("content/piano.yml", "keywords:", "keywords: sostenibilita");
        plan.Write("content/piano.yml", string.Join('\n', plan.Read("content/piano.yml").Split('\n').Take(line)) + "\n");

        var diagnostic = DiagnosticAssert.One(plan.Check(), Codes.WrongType, "content/piano.yml", line, 11);

        Assert.Contains("«keywords» in piano.yml deve essere un elenco, non un testo", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_object_where_a_text_is_expected_in_a_list_is_PS1004_at_that_item()
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.Replace(M1, "actors: [cm, corpi-intermedi]", "actors: [cm, {id: corpi-intermedi}]");

        var diagnostic = DiagnosticAssert.One(plan.Check(), Codes.WrongType, M1, line, 18);

        Assert.Contains("ogni voce di «actors»", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("n: 2", "n: due", 8)]
    [InlineData("n: 2", "n: \"2\"", 8)]
    [InlineData("n: 2", "n: -2", 8)]
    [InlineData("n: 2", "n: 2.5", 8)]
    public void An_objective_number_that_is_not_a_whole_number_is_PS1004(string line, string wrong, int column)
    {
        using var plan = FixturePlan.Minimal();
        var at = plan.Replace(M1, line, wrong);

        var diagnostic = DiagnosticAssert.One(plan.Check(), Codes.WrongType, M1, at, column);

        Assert.Contains("deve essere un numero intero", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_driver_reference_that_is_not_a_number_is_PS1004_at_the_item()
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.Replace("content/missioni/m2.yml", "drivers: [1]", "drivers: [1, uno]");

        DiagnosticAssert.One(plan.Check(), Codes.WrongType, "content/missioni/m2.yml", line, 18);
    }

    [Fact]
    public void An_objective_number_below_one_is_PS1012()
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.Replace(M1, "n: 2", "n: 0");

        var diagnostic = DiagnosticAssert.One(plan.Check(), Codes.InvalidValue, M1, line, 8);

        Assert.Contains("almeno 1", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-13-01")]
    [InlineData("1 gennaio 2025")]
    [InlineData("2025-1-1")]
    public void An_adopting_act_date_not_in_the_form_YYYY_MM_DD_is_PS1012(string date)
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.InsertAfter("content/piano.yml", "language: it", "adoption:", "  organ: Consiglio metropolitano", "  number: 7/2025", $"  date: {date}") + 3;

        var diagnostic = DiagnosticAssert.One(plan.Check(), Codes.InvalidValue, "content/piano.yml", line, 9);

        Assert.Contains("AAAA-MM-GG", diagnostic.Message, StringComparison.Ordinal);
        Assert.Null(plan.Check().Plan?.Info.Adoption);
    }

    [Fact]
    public void The_adopting_act_is_read_whole_and_a_missing_part_is_PS1003_at_the_act()
    {
        using var plan = FixturePlan.Minimal();
        plan.InsertAfter("content/piano.yml", "language: it", "adoption:", "  organ: Consiglio metropolitano", "  number: 7/2025", "  date: 2025-03-01");

        var act = plan.Check().Plan!.Info.Adoption;

        Assert.Equal(("Consiglio metropolitano", "7/2025", new DateOnly(2025, 3, 1)), (act!.Organ, act.Number, act.Date));
        plan.RemoveLine("content/piano.yml", "  number: 7/2025");
        var result = plan.Check();
        DiagnosticAssert.One(result, Codes.MissingField, "content/piano.yml", plan.LineOf("content/piano.yml", "  organ:"), 3);
        Assert.Null(result.Plan?.Info.Adoption);
    }

    [Fact]
    public void A_plan_date_written_as_before_is_an_unknown_key()
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.InsertAfter("content/piano.yml", "language: it", "date: 2025-01-01");

        var diagnostic = DiagnosticAssert.One(plan.Check(), Codes.UnknownKey, "content/piano.yml", line, 1);

        Assert.Contains("adoption", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_website_that_is_not_a_whole_http_address_is_PS1012()
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.InsertAfter("content/piano.yml", "language: it", "website: www.esempio.it");

        var diagnostic = DiagnosticAssert.One(plan.Check(), Codes.InvalidValue, "content/piano.yml", line, 10);

        Assert.Contains("https://", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("code: M1C2", "code: M1-C2", "M1C1")]
    [InlineData("code: M1C2", "code: m1c2", "M1C1")]
    [InlineData("code: M2\n", "code: Missione 2\n", "M1")]
    public void A_PNRR_code_not_in_the_official_form_is_PS1012(string line, string wrong, string example)
    {
        using var plan = FixturePlan.Minimal();
        var at = plan.Replace("content/pnrr.yml", line, wrong);

        var result = plan.Check();

        var diagnostic = DiagnosticAssert.One(result, Codes.InvalidValue, "content/pnrr.yml", at, 5);
        Assert.Contains($"deve avere la forma {example}", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("content/agenda/01-citta-digitale.md", "content/agenda/1-citta-digitale.md")]
    [InlineData("content/agenda/01-citta-digitale.md", "content/agenda/01-Città-Digitale.md")]
    [InlineData("content/agenda/01-citta-digitale.md", "content/agenda/01_citta_digitale.md")]
    [InlineData("content/pagine/visione.md", "content/pagine/Visione.md")]
    [InlineData("content/pagine/visione.md", "content/pagine/la visione.md")]
    public void A_file_name_that_cannot_be_a_URL_is_PS1012(string file, string renamed)
    {
        using var plan = FixturePlan.Minimal();
        plan.Move(file, renamed);

        var result = plan.Check();

        DiagnosticAssert.OneForFile(result, Codes.InvalidValue, renamed);
    }
}
