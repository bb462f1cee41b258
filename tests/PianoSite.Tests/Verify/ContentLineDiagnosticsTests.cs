using PianoSite.Diagnostics;
using PianoSite.Tests.Support;

namespace PianoSite.Tests.Verify;

/// <summary>
/// A problem an editor wrote is reported where it was written — the content file, line and column — not at the
/// generated pages that show it (issue 23 §4): a link to a page or an anchor that does not exist, a link in relative
/// form, an empty heading. A problem that comes from a template is reported on the page, naming the page's template.
/// Each case runs the command line, as an editor would, and the last good output stays.
/// </summary>
public sealed class ContentLineDiagnosticsTests
{
    private const string Driver = "content/agenda/01-citta-digitale.md";
    private const string M1 = "content/missioni/m1.yml";

    public static TheoryData<string, string, string, int, string, string> Cases => new()
    {
        // file, text replaced, replacement, column of the fault, code, message
        { Driver, "la [visione](/visione/)", "la [visione](/pagina-che-non-esiste/)", 15, "PS5001",
            "collegamento interrotto: «/pagina-che-non-esiste/» non porta ad alcun file del sito" },
        { Driver, "la [visione](/visione/)", "la [missione](/missioni/m1/#obiettivo-m1-99)", 15, "PS5002",
            "collegamento interrotto: la pagina missioni/m1/index.html non contiene l'ancora «#obiettivo-m1-99» (da «/missioni/m1/#obiettivo-m1-99»)" },
        { M1, "porta **servizi digitali** a", "porta [servizi](/servizi/) a", 27, "PS5001",
            "collegamento interrotto: «/servizi/» non porta ad alcun file del sito" },
        { Driver, "la [visione](/visione/)", "la [visione](../visione/)", 15, "PS1013",
            "collegamento «../visione/» scritto in forma relativa: per una pagina del sito scrivere l'indirizzo dalla radice del sito" },
        { Driver, "la [visione](/visione/)", "la [visione](#obiettivi)", 15, "PS1013",
            "collegamento «#obiettivi» scritto in forma relativa" },
        { Driver, "Vedi anche la [visione](/visione/).", "## ", 1, "PS1014",
            "titolo vuoto: scrivere il testo del titolo dopo i segni #, o togliere la riga" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_fault_written_in_the_content_is_reported_at_its_file_line_and_column_only(
        string file, string oldText, string newText, int column, string code, string message)
    {
        using var plan = FixturePlan.Minimal();
        var output = LastGoodOutput(plan);
        var line = plan.Replace(file, oldText, newText);

        var run = FixturePlan.Cli("build", "--root", plan.Root, "--out", output, "--no-pdf");

        Assert.Equal(1, run.ExitCode);
        Assert.False(run.HasStackTrace, run.AllText);
        Assert.Contains($"{file}:{line}:{column}: error {code}: {message}", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("site/", run.Output.Replace("sito", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);   // not again at each page showing it
        Assert.Equal(["ultima-versione-buona.txt"], Directory.EnumerateFileSystemEntries(output).Select(Path.GetFileName));
    }

    [Fact]
    public void A_broken_link_in_a_template_is_reported_on_the_page_naming_its_template()
    {
        using var plan = FixturePlan.Minimal();
        plan.Append("templates/pages/home.sbn-html", "<p><a href=\"/pagina-che-non-esiste/\">rotto</a></p>");

        var result = plan.Build();

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == Codes.BrokenLink);
        Assert.Equal("site/index.html", diagnostic.Span.File);
        Assert.Contains("(pagina del modello templates/pages/home.sbn-html, nella cornice o nei frammenti che usa)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_to_pages_of_the_site_written_from_its_root_build_and_are_kept_with_their_place()
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.Replace(Driver, "la [visione](/visione/)", "la [visione](/visione/) e l'[obiettivo 1](/missioni/m1/#obiettivo-m1-1)");

        var result = plan.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var links = result.Plan!.Drivers[0].Body.Links;
        Assert.Equal(["/visione/", "/missioni/m1/#obiettivo-m1-1"], links.Select(l => l.Href));
        Assert.All(links, l => Assert.Equal((Driver, line), (l.Span.File, l.Span.Line)));
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
