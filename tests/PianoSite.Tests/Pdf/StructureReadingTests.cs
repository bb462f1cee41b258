using PianoSite.Tests.Pdf.Conformance;

namespace PianoSite.Tests.Pdf;

/// <summary>
/// What assistive technology reads from the PDF edition, in the order of its structure: whole words across line
/// wraps, the table marks in the website's words, every objective once. Set PIANOSITE_PDF_READING to a file path
/// to have the reading written there (one block a line), e.g. to listen to it with espeak-ng.
/// </summary>
[Collection(PdfEditionGroup.Name)]
public sealed class StructureReadingTests(PdfEditionFixture pdf)
{
    private readonly Lazy<IReadOnlyList<(string Type, string Text)>> blocks = new(() =>
    {
        using var document = new PdfUaDocument(pdf.Bytes);
        var read = StructureReading.Blocks(document);
        if (Environment.GetEnvironmentVariable("PIANOSITE_PDF_READING") is { Length: > 0 } path)
        {
            File.WriteAllLines(path, read.Select(b => $"{b.Type}\t{b.Text}"));
        }
        return read;
    });

    [Fact]
    public void The_cover_title_reads_with_the_spaces_lost_at_its_line_wraps()
    {
        Assert.Contains(("H1", pdf.Plan.Info.Title), blocks.Value);
    }

    [Fact]
    public void Every_objective_and_driver_reads_whole_in_structure_order()
    {
        var texts = blocks.Value.Select(b => b.Text).ToHashSet(StringComparer.Ordinal);

        Assert.All(pdf.Plan.Objectives, o => Assert.Contains(StructureReading.Collapse(o.Text), texts));
        Assert.All(pdf.Plan.Drivers, d => Assert.Contains(StructureReading.Collapse(d.Lead), texts));
    }

    [Fact]
    public void The_table_marks_read_as_the_website_cells_not_as_images()
    {
        using var document = new PdfUaDocument(pdf.Bytes);
        var m1 = pdf.Plan.Objectives.First();
        var expected = pdf.Plan.Actors.Select(a => $"{a.Name}: {(m1.HasActor(a.Id) ? "sì" : "no")}").ToList();

        // The only figures are the charts of «Il piano in cifre», each with its alternative text.
        var charts = new PianoSite.Render.Charts.ChartBuilder(pdf.Plan, compact: true).All().Select(c => c.AltText).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(document.Elements, e => e.StandardType == "Figure" && !charts.Contains(e.Dictionary.Elements.GetString("/Alt")));
        var row = blocks.Value.SkipWhile(b => b.Text != m1.Id).Take(2 + expected.Count).Select(b => b.Text).ToList();
        Assert.Equal([m1.Id, StructureReading.Collapse(m1.Text), .. expected], row);
    }

    [Fact]
    public void A_table_header_repeated_on_the_next_page_is_read_once()
    {
        var headers = blocks.Value.Where(b => b.Type == "TH").Select(b => b.Text).ToList();

        Assert.Contains("Città metropolitana", headers);
        Assert.DoesNotContain(headers, h => h.Split(' ') is var words && words.Length % 2 == 0
            && words.AsSpan(0, words.Length / 2).SequenceEqual(words.AsSpan(words.Length / 2)));
    }
}
