using PianoSite.Tests.Support;

namespace PianoSite.Tests.Render;

/// <summary>
/// The template part of the bad-input corpus: a designer's mistake in templates/ is a PS4001/PS4002 diagnostic
/// naming the template file (an include's or a row's own file when the mistake is there) and the line Scriban gives,
/// exit code 1, no stack trace, and the previous output left as it was. The last case is a row template reading the
/// page: a row sees only its row.
/// </summary>
public sealed class TemplateErrorTests
{
    public static TheoryData<string, string, string, string, string> Cases => new()
    {
        // file, text to replace, replacement (its line is the one reported), expected code, expected message
        // Scriban notices a block left open where the file ends: the case opens it on the last line.
        { "templates/pages/mission.sbn-html", "{{~ include 'pager'", "{{ if model.title }}{{~ include 'pager'", "PS4001", "il blocco «if» non è chiuso: manca {{ end }} prima della fine del file" },
        { "templates/pages/mission.sbn-html", "<h2 id=\"obiettivi\">", "{{ end }}<h2 id=\"obiettivi\">", "PS4001", "«{{ end }}» chiude un blocco che non è stato aperto" },
        { "templates/pages/mission.sbn-html", "<h2 id=\"obiettivi\">", "{{ model.title <h2 id=\"obiettivi\">", "PS4001", "espressione non valida o non chiusa (ogni «{{» va chiuso da «}}»)" },
        { "templates/pages/mission.sbn-html", "<h2 id=\"obiettivi\">", "{{ include 'riquadro' }}<h2 id=\"obiettivi\">", "PS4001", "frammento (include) «riquadro» non trovato: va creato come templates/includes/riquadro.sbn-html" },
        { "templates/pages/mission.sbn-html", "<h2 id=\"obiettivi\">", "{{ maiuscolo model.title }}<h2 id=\"obiettivi\">", "PS4001", "«maiuscolo» non esiste: non è un campo dei dati della pagina né una funzione" },
        { "templates/pages/mission.sbn-html", "<h2 id=\"obiettivi\">", "{{ model.sottotitolo }}<h2 id=\"obiettivi\">", "PS4001", "il campo «sottotitolo» non esiste nei dati della pagina" },
        { "templates/includes/footer.sbn-html", "{{ site.issuer }}</h2>", "{{ site.indirizzo }}{{ site.issuer }}</h2>", "PS4001", "il campo «indirizzo» non esiste nei dati della pagina" },
        { "templates/includes/objectives-table.sbn-html", "<table", "{{ ordine }}<table", "PS4001", "«ordine» non esiste: non è un campo dei dati della pagina né una funzione" },
        { "templates/rows/objective.sbn-html", "<td class=\"objective-text\">", "{{ page.title }}<td class=\"objective-text\">", "PS4001", "«page» non esiste: non è un campo dei dati della pagina né una funzione" },
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
        plan.Delete("templates/pages/mission.sbn-html");

        var run = FixturePlan.Cli("build", "--root", plan.Root, "--out", output, "--no-pdf");

        Assert.Equal(1, run.ExitCode);
        Assert.False(run.HasStackTrace, run.AllText);
        Assert.Contains("templates/pages/mission.sbn-html: error PS4002: manca il modello templates/pages/mission.sbn-html", run.Output, StringComparison.Ordinal);
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
