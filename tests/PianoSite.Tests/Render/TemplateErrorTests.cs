using PianoSite.Tests.Support;

namespace PianoSite.Tests.Render;

/// <summary>
/// The template part of the bad-input corpus: a designer's mistake in templates/ is a PS4001/PS4002 diagnostic
/// naming the template file and the line of the fault (Handlebars.Net gives no positions: the line is that of the
/// first mustache mentioning the culprit, or the parser's own position), exit code 1, no stack trace, and the
/// previous output left as it was.
/// </summary>
public sealed class TemplateErrorTests
{
    public static TheoryData<string, string, string, string, string> Cases => new()
    {
        // file, text to replace, replacement (its line is the one reported), expected code, expected message
        { "templates/pages/mission.hbs", "<h2 id=\"obiettivi\">", "{{#if model.title}}<h2 id=\"obiettivi\">", "PS4001", "il blocco «if» non è chiuso: manca {{/if}}" },
        { "templates/pages/mission.hbs", "<h2 id=\"obiettivi\">", "{{/each}}<h2 id=\"obiettivi\">", "PS4001", "«{{/each}}» chiude un blocco che non è stato aperto" },
        { "templates/pages/mission.hbs", "<h2 id=\"obiettivi\">", "{{model.title <h2 id=\"obiettivi\">", "PS4001", "espressione non chiusa: a «{{» non segue «}}»" },
        { "templates/pages/mission.hbs", "<h2 id=\"obiettivi\">", "{{> riquadro}}<h2 id=\"obiettivi\">", "PS4001", "frammento (partial) «riquadro» non trovato: va creato come templates/partials/riquadro.hbs" },
        { "templates/pages/mission.hbs", "<h2 id=\"obiettivi\">", "{{#maiuscolo model.title}}x{{/maiuscolo}}<h2 id=\"obiettivi\">", "PS4001", "aiuto (helper) «maiuscolo» sconosciuto" },
        { "templates/pages/mission.hbs", "<h2 id=\"obiettivi\">", "{{model.sottotitolo}}<h2 id=\"obiettivi\">", "PS4001", "il campo o l'aiuto «sottotitolo» non esiste nei dati della pagina" },
        { "templates/partials/footer.hbs", "{{site.issuer}}</h2>", "{{site.indirizzo}}{{site.issuer}}</h2>", "PS4001", "il campo o l'aiuto «indirizzo» non esiste nei dati della pagina" },
        { "templates/partials/objectives-table.hbs", "<table", "{{ordine}}<table", "PS4001", "il campo o l'aiuto «ordine» non esiste nei dati della pagina" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_template_mistake_is_a_diagnostic_at_its_file_and_line_and_the_last_good_output_stays(
        string file, string oldText, string newText, string code, string message)
    {
        using var plan = FixturePlan.Minimal();
        var output = LastGoodOutput(plan);
        var line = plan.Replace(file, oldText, newText);

        var run = FixturePlan.Cli("build", "--root", plan.Root, "--out", output, "--no-pdf");

        Assert.Equal(1, run.ExitCode);
        Assert.False(run.HasStackTrace, run.AllText);
        Assert.Contains($"{file}:{line}:", run.Output, StringComparison.Ordinal);
        Assert.Contains($"error {code}: {message}", run.Output, StringComparison.Ordinal);
        Assert.Equal(["ultima-versione-buona.txt"], Directory.EnumerateFileSystemEntries(output).Select(Path.GetFileName));
    }

    [Fact]
    public void A_missing_page_template_is_PS4002_naming_it()
    {
        using var plan = FixturePlan.Minimal();
        var output = LastGoodOutput(plan);
        plan.Delete("templates/pages/mission.hbs");

        var run = FixturePlan.Cli("build", "--root", plan.Root, "--out", output, "--no-pdf");

        Assert.Equal(1, run.ExitCode);
        Assert.False(run.HasStackTrace, run.AllText);
        Assert.Contains("templates/pages/mission.hbs: error PS4002: manca il modello templates/pages/mission.hbs", run.Output, StringComparison.Ordinal);
        Assert.Equal(["ultima-versione-buona.txt"], Directory.EnumerateFileSystemEntries(output).Select(Path.GetFileName));
    }

    /// <summary>An output folder standing for the last good build: a failed build must leave it exactly so.</summary>
    private static string LastGoodOutput(FixturePlan plan)
    {
        var output = plan.PathOf("pubblicato");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "ultima-versione-buona.txt"), "ok");
        return output;
    }
}
