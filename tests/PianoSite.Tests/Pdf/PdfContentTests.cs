using System.Text.RegularExpressions;
using PianoSite.Render.Print;

namespace PianoSite.Tests.Pdf;

/// <summary>The PDF says what the plan says, and its printed table of contents is right.</summary>
[Collection(PdfEditionGroup.Name)]
public sealed partial class PdfContentTests(PdfEditionFixture pdf)
{
    [Fact]
    public void Every_objective_is_in_the_pdf_with_its_full_text()
    {
        var text = PdfText.Normalise(pdf.RawText);

        Assert.Equal(75, pdf.Plan.Objectives.Count());
        Assert.All(pdf.Plan.Objectives, o =>
            Assert.True(text.Contains($"{o.Id} {PdfText.Normalise(o.Text)}", StringComparison.Ordinal), $"objective {o.Id} is missing: {o.Text}"));
    }

    [Fact]
    public void Every_driver_is_in_the_pdf_with_title_subtitle_and_lead()
    {
        var text = PdfText.Normalise(pdf.RawText);

        Assert.Equal(10, pdf.Plan.Drivers.Length);
        Assert.All(pdf.Plan.Drivers, d =>
        {
            Assert.Contains(PrintPageBuilder.DriverHeading(d), text, StringComparison.Ordinal);
            Assert.Contains(PdfText.Normalise(d.Subtitle), text, StringComparison.Ordinal);
            Assert.Contains(PdfText.Normalise(d.Lead), text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_vision_directions_and_colophon_are_in_the_pdf()
    {
        var text = PdfText.Normalise(pdf.RawText);

        foreach (var slug in new[] { "visione", "obiettivi-strategici", "agenda-strategica" })
        {
            var page = pdf.Plan.FindPage(slug)!;
            Assert.Contains(PdfText.Normalise(page.Body.PlainText)[..120], text, StringComparison.Ordinal);
        }
        Assert.Contains("CC BY 4.0", text, StringComparison.Ordinal);
        Assert.Contains("sito web del piano", text, StringComparison.Ordinal);
        Assert.StartsWith("Città metropolitana di Milano", PdfText.Normalise(pdf.Pages[0]), StringComparison.Ordinal);
        Assert.Contains(PdfText.Normalise(pdf.Plan.Info.Title), PdfText.Normalise(pdf.Pages[0]), StringComparison.Ordinal);
        Assert.Contains("Edizione 2025–2027", pdf.Pages[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Each_contents_page_number_is_the_page_where_its_heading_lands()
    {
        var targets = new PrintPageBuilder(pdf.Plan).ContentsTargets();
        var contentsPage = pdf.Pages[1];
        Assert.Contains("Indice", contentsPage, StringComparison.Ordinal);
        var printed = ContentsLine().Matches(contentsPage)
            .ToDictionary(m => PdfText.Normalise(m.Groups["label"].Value), m => int.Parse(m.Groups["page"].Value, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(22, targets.Count);
        foreach (var target in targets)
        {
            Assert.True(printed.TryGetValue(target.Label, out var page), $"«{target.Label}» has no page number in the contents");
            var bookmark = Assert.Single(pdf.Outline, e => e.Title == target.Label);
            Assert.Equal(bookmark.Page, page);
            Assert.Contains(PdfText.Squeezed(target.Label), PdfText.Squeezed(pdf.Pages[page - 1]), StringComparison.Ordinal);
        }
        // Page numbers grow with the document order.
        Assert.Equal(targets.Select(t => printed[t.Label]).Order(), targets.Select(t => printed[t.Label]));
    }

    [Fact]
    public void Every_page_but_the_cover_has_the_running_head_and_its_page_number()
    {
        var total = pdf.Pages.Count;
        Assert.DoesNotContain("pag. 1 di", pdf.Pages[0], StringComparison.Ordinal);
        for (var n = 2; n <= total; n++)
        {
            var page = pdf.Pages[n - 1];
            Assert.StartsWith(pdf.Plan.Info.ShortTitle, page.TrimStart(), StringComparison.Ordinal);
            Assert.Contains($"pag. {n} di {total}", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_print_page_of_the_website_is_the_one_that_was_printed()
    {
        var html = File.ReadAllText(Path.Combine(pdf.Output, "site", "stampa", "index.html"));
        var contents = new PrintPageBuilder(pdf.Plan).ContentsTargets();

        Assert.All(contents, c => Assert.Contains(
            $"<span class=\"contents-page\">{pdf.Outline.Single(e => e.Title == c.Label).Page}</span>", html, StringComparison.Ordinal));
        Assert.Equal(pdf.Bytes, File.ReadAllBytes(Path.Combine(pdf.Output, "site", "pdf", "psttm-2025-2027.pdf")));
    }

    [Fact]
    public void The_pdf_says_under_every_objectives_table_and_in_the_colophon_that_the_links_are_the_editors()
    {
        var text = PdfText.Squeezed(pdf.RawText);

        var notes = text.Split(PdfText.Squeezed("Le componenti PNRR e i driver collegati a ciascun obiettivo non fanno parte delle tabelle approvate")).Length - 1;
        Assert.Equal(pdf.Plan.Missions.Length, notes);
        Assert.Contains(PdfText.Squeezed("sono invece una classificazione della redazione, aggiunta in questa edizione: non fanno parte delle tabelle approvate."), text, StringComparison.Ordinal);
    }

    /// <summary>A contents line of pdftotext -layout: the label, then (after the leader) the page number.</summary>
    [GeneratedRegex(@"^\s*(?<label>\S.*?\S)\s{2,}(?<page>\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex ContentsLine();
}
