using PianoSite.Diagnostics;
using PianoSite.Verify;

namespace PianoSite.Tests.Site;

/// <summary>The single-page checks of the verify stage, each on a small page that passes and one that fails.</summary>
public class PageCheckerTests
{
    private static System.Collections.Immutable.ImmutableArray<Diagnostic> Check(string body, string lang = "it") =>
        new PageChecker().Check("site/pagina.html",
            $"<!DOCTYPE html><html lang=\"{lang}\"><head><title>t</title></head><body>{body}</body></html>").Diagnostics;

    [Fact]
    public void A_well_formed_page_has_no_diagnostics() =>
        Assert.Empty(Check("<h1>Titolo</h1><h2>Sezione</h2><h3>Parte</h3><h2>Altra</h2><table><tr><th scope=\"col\">A</th></tr><tr><td>1</td></tr></table>"));

    [Fact]
    public void A_page_without_lang_it_is_reported()
    {
        var d = Assert.Single(Check("<h1>Titolo</h1>", lang: "en"));
        Assert.Equal(Codes.MissingLang, d.Code);
        Assert.Equal("site/pagina.html", d.Span.File);
    }

    [Fact]
    public void A_page_without_h1_is_reported() =>
        Assert.Contains(Check("<p>testo</p>"), d => d.Code == Codes.HeadingStructure && d.Message.Contains("<h1>", StringComparison.Ordinal));

    [Fact]
    public void A_second_h1_is_reported_at_its_line()
    {
        var diagnostics = new PageChecker().Check("site/p.html",
            "<!DOCTYPE html>\n<html lang=\"it\">\n<body>\n<h1>Uno</h1>\n<h1>Due</h1>\n</body></html>").Diagnostics;
        var d = Assert.Single(diagnostics);
        Assert.Equal(Codes.HeadingStructure, d.Code);
        Assert.Equal(5, d.Span.Line);
        Assert.Contains("Due", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_skipped_heading_level_is_reported()
    {
        var d = Assert.Single(Check("<h1>Titolo</h1><h3>Salto</h3>"));
        Assert.Equal(Codes.HeadingStructure, d.Code);
        Assert.Contains("<h2>", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_starting_with_h2_is_reported() =>
        Assert.Contains(Check("<h2>Prima</h2><h1>Titolo</h1>"), d => d.Code == Codes.HeadingStructure);

    [Fact]
    public void A_table_without_header_cells_is_reported()
    {
        var d = Assert.Single(Check("<h1>T</h1><table><tr><td>1</td><td>2</td></tr></table>"));
        Assert.Equal(Codes.TableWithoutHeaders, d.Code);
    }

    [Fact]
    public void A_duplicate_id_is_reported()
    {
        var d = Assert.Single(Check("<h1 id=\"a\">T</h1><p id=\"a\">x</p>"));
        Assert.Equal(Codes.DuplicateAnchor, d.Code);
        Assert.Contains("«a»", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Internal_links_are_collected_and_external_ones_are_not()
    {
        var page = new PageChecker().Check("site/a/index.html",
            "<!DOCTYPE html><html lang=\"it\"><body><h1>T</h1>" +
            "<a href=\"../b/index.html#x\">b</a><a href=\"https://example.org/\">e</a><a href=\"mailto:a@b.it\">m</a>" +
            "<img src=\"../i.svg\" alt=\"\"><form action=\"index.html\"></form></body></html>");
        Assert.Equal(["../b/index.html#x", "../i.svg", "index.html"], page.Links.Select(l => l.Href).Order(StringComparer.Ordinal));
    }
}
