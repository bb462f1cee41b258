using PianoSite.Diagnostics;
using PianoSite.Tests.Support;

namespace PianoSite.Tests.Parse;

/// <summary>The front matter of drivers and pages (PS1008), and positions inside it.</summary>
public sealed class FrontMatterTests
{
    private const string Driver = "content/agenda/01-citta-digitale.md";
    private const string Page = "content/pagine/visione.md";

    [Fact]
    public void A_page_without_front_matter_is_PS1008_at_its_first_line()
    {
        using var plan = FixturePlan.Minimal();
        plan.Write(Page, "La visione del piano di prova.\n");

        var diagnostic = DiagnosticAssert.One(plan.Check(), Codes.FrontMatter, Page, 1, 1);

        Assert.Contains("deve iniziare con l'intestazione", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_front_matter_is_PS1008()
    {
        using var plan = FixturePlan.Minimal();
        plan.RemoveLine(Page, "---\nLa visione");

        var result = plan.Check();

        var diagnostic = DiagnosticAssert.One(result, Codes.FrontMatter, Page, 1, 1);
        Assert.Contains("non è chiusa", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(result.Plan!.Pages);
    }

    [Fact]
    public void An_unclosed_driver_front_matter_is_PS1008()
    {
        using var plan = FixturePlan.Minimal();
        plan.Replace(Driver, "lead: Un driver di prova.\n---\n", "lead: Un driver di prova.\n\n");

        DiagnosticAssert.One(plan.Check(), Codes.FrontMatter, Driver, 1, 1);
    }

    [Fact]
    public void A_page_that_is_only_front_matter_is_valid_and_has_an_empty_body()
    {
        using var plan = FixturePlan.Minimal();
        plan.Write(Page, "---\ntitle: Visione\n---");

        var result = plan.Check(strict: true);

        DiagnosticAssert.Clean(result);
        Assert.True(result.Plan!.Pages[0].Body.IsEmpty);
    }

    [Fact]
    public void An_empty_front_matter_is_PS1007()
    {
        using var plan = FixturePlan.Minimal();
        plan.Write(Page, "---\n---\nTesto.\n");

        DiagnosticAssert.OneForFile(plan.Check(), Codes.EmptyFile, Page);
    }

    [Fact]
    public void A_front_matter_field_is_reported_at_its_line_in_the_whole_file()
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.Replace(Driver, "number: 1", "number: primo");

        DiagnosticAssert.One(plan.Check(), Codes.WrongType, Driver, line, 9);
        Assert.Equal(2, line);
    }

    [Fact]
    public void A_missing_front_matter_field_is_reported_at_the_front_matter()
    {
        using var plan = FixturePlan.Minimal();
        plan.RemoveLine(Driver, "subtitle:");

        var diagnostic = DiagnosticAssert.One(plan.Check(), Codes.MissingField, Driver, 2, 1);

        Assert.Contains("«subtitle» in l'intestazione di 01-citta-digitale.md", diagnostic.Message, StringComparison.Ordinal);
    }
}
