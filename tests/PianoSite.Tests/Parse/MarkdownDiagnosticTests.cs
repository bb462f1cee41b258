using PianoSite.Diagnostics;
using PianoSite.Tests.Support;

namespace PianoSite.Tests.Parse;

/// <summary>Markdown prose is Markdown only: raw HTML (PS1009), script-capable links (PS1010), images without text (PS1011).</summary>
public sealed class MarkdownDiagnosticTests
{
    private const string Driver = "content/agenda/01-citta-digitale.md";
    private const string M1 = "content/missioni/m1.yml";

    [Fact]
    public void A_script_block_in_a_driver_is_PS1009_at_its_line_and_is_never_rendered()
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.Append(Driver, "", "<script>alert('x')</script>") + 1;

        var result = plan.Check();

        var diagnostic = DiagnosticAssert.One(result, Codes.RawHtml, Driver, line, 1);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.DoesNotContain("<script", result.Plan!.Drivers[0].Body.Html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Inline_HTML_in_a_paragraph_is_PS1009_at_its_column()
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.Replace(Driver, "obiettivi **digitali** del piano", "obiettivi <b>digitali</b> del piano");

        var result = plan.Check();

        // "Il driver collega gli obiettivi " is 32 characters; both tags are reported.
        var diagnostics = result.Diagnostics.Where(d => d.Code == Codes.RawHtml).ToArray();
        Assert.Equal([new SourceSpan(Driver, line, 33), new SourceSpan(Driver, line, 44)], diagnostics.Select(d => d.Span));
    }

    [Fact]
    public void Raw_HTML_in_a_mission_introduction_is_PS1009_at_its_place_in_the_YAML_file()
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.Replace(M1, "porta **servizi digitali**", "porta <em>servizi digitali</em>");

        var diagnostics = plan.Check().Diagnostics.Where(d => d.Code == Codes.RawHtml).ToArray();

        // "  La prima missione porta " is 26 characters.
        Assert.Equal(new SourceSpan(M1, line, 27), diagnostics[0].Span);
    }

    [Fact]
    public void An_HTML_comment_is_raw_HTML_too()
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.Append("content/pagine/visione.md", "", "<!-- nota per la redazione -->") + 1;

        DiagnosticAssert.One(plan.Check(), Codes.RawHtml, "content/pagine/visione.md", line, 1);
    }

    [Theory]
    [InlineData("[clic](javascript:alert(1))")]
    [InlineData("[clic](JavaScript:alert(1))")]
    [InlineData("[clic]( javascript:alert(1) )")]
    [InlineData("[clic](java&#x09;script:alert(1))")]
    [InlineData("[clic](vbscript:msgbox)")]
    [InlineData("[clic](file:///etc/passwd)")]
    [InlineData("[clic](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("![logo](data:image/svg+xml;base64,PHN2Zz4=)")]
    [InlineData("<javascript:alert(1)>")]
    public void A_script_capable_link_is_PS1010_at_its_column_and_is_never_rendered(string link)
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.Replace(Driver, "Vedi anche la [visione](/visione/).", $"Vedi anche {link} qui.");

        var result = plan.Check();

        var diagnostic = DiagnosticAssert.One(result, Codes.UnsafeLink, Driver, line, 12);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        var html = result.Plan!.Drivers[0].Body.Html;
        Assert.DoesNotContain("script:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_script_capable_link_reference_is_PS1010()
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.Replace(Driver, "Vedi anche la [visione](/visione/).", "Vedi anche la [visione][v].");
        plan.Append(Driver, "", "[v]: javascript:alert(1)");

        var result = plan.Check();

        DiagnosticAssert.One(result, Codes.UnsafeLink, Driver, line, 15);
        Assert.DoesNotContain("javascript:", result.Plan!.Drivers[0].Body.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[sito](https://www.cittametropolitana.mi.it/)")]
    [InlineData("[sito](http://www.cittametropolitana.mi.it/)")]
    [InlineData("[scrivici](mailto:info@example.it)")]
    [InlineData("[missione 1](/missioni/m1/#obiettivo-m1-1)")]
    [InlineData("<https://www.cittametropolitana.mi.it/>")]
    [InlineData("![Logo della Città metropolitana](/img/logo.svg)")]
    public void Web_mail_and_site_links_are_accepted(string link)
    {
        using var plan = FixturePlan.Minimal();
        plan.Replace(Driver, "Vedi anche la [visione](/visione/).", $"Vedi anche {link} qui.");

        DiagnosticAssert.Clean(plan.Check(strict: true));
    }

    [Theory]
    [InlineData("![](/img/grafico.png)")]
    [InlineData("![   ](/img/grafico.png)")]
    public void An_image_without_alternative_text_is_PS1011_at_its_column(string image)
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.Replace(Driver, "Vedi anche la [visione](/visione/).", $"Vedi anche {image} qui.");

        var diagnostic = DiagnosticAssert.One(plan.Check(), Codes.ImageWithoutAlt, Driver, line, 12);

        Assert.Contains("testo alternativo", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_whose_text_is_emphasised_has_alternative_text()
    {
        using var plan = FixturePlan.Minimal();
        plan.Replace(Driver, "Vedi anche la [visione](/visione/).", "Vedi ![*Grafico* dei Comuni](/img/grafico.png).");

        DiagnosticAssert.Clean(plan.Check(strict: true));
    }

    [Fact]
    public void Markdown_in_a_page_body_is_reported_at_the_line_after_its_front_matter()
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.Replace("content/pagine/visione.md", "La visione del piano di prova.", "La ![](/x.png) visione.");

        DiagnosticAssert.One(plan.Check(), Codes.ImageWithoutAlt, "content/pagine/visione.md", line, 4);
        Assert.Equal(4, line);
    }
}
