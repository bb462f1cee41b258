using AngleSharp.Html.Parser;
using PianoSite.Pdf.Tags;
using PianoSite.Pdf.Text;
using PianoSite.Tests.Pdf.Conformance;

namespace PianoSite.Tests.Pdf;

/// <summary>
/// Each repair of the finishing step, on its own: the real PDF put back the way Chromium left it for one rule is
/// caught by the checker, and the repair makes it pass again.
/// </summary>
[Collection(PdfEditionGroup.Name)]
public sealed class PdfRepairTests(PdfEditionFixture pdf)
{
    [Fact]
    public void RoleMapRepair_maps_Chromiums_Strong_to_Span()
    {
        var unmapped = BrokenPdf.Make(pdf.Bytes, d => d.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot")!.Elements.Remove("/RoleMap"));
        Assert.Contains(PdfUaChecker.Check(unmapped), v => v.Rule == "StructureTypesAreStandardOrRoleMapped" && v.Message.Contains("Strong", StringComparison.Ordinal));

        var repaired = BrokenPdf.Make(unmapped, d => Assert.Equal(["Strong"], RoleMapRepair.Repair(StructureTree.Read(d)!)));

        Assert.Empty(PdfUaChecker.Check(repaired));
        Assert.All(RoleMapRepair.Mappings.Values, t => Assert.True(PdfUaDocument.StandardTypes.Contains(t), t));
    }

    [Fact]
    public void ListBodyRepair_puts_what_a_list_item_holds_besides_its_label_into_an_LBody()
    {
        // As Chromium writes it: the item's content straight in the LI (here, the content's element renamed).
        var flat = BrokenPdf.Make(pdf.Bytes, d =>
        {
            foreach (var body in StructureTree.Read(d)!.Elements().Where(e => StructureTree.Type(e) == "LBody"))
            {
                body.Elements.SetName("/S", "/Div");
            }
        });
        Assert.Contains(PdfUaChecker.Check(flat), v => v.Rule == "ListStructure");

        // The real plan's list items: contents, driver lists and the legends of «Il piano in cifre» (the agenda's
        // prose has none: driver 3's trajectories and driver 8's three lines are paragraphs, as printed).
        var repaired = BrokenPdf.Make(flat, d => Assert.Equal(95, ListBodyRepair.Repair(StructureTree.Read(d)!)));

        Assert.Empty(PdfUaChecker.Check(repaired));
    }

    [Fact]
    public void EmptyCellRepair_puts_back_the_cells_Chromium_leaves_out()
    {
        var short_ = BrokenPdf.Make(pdf.Bytes, d =>
        {
            var tree = StructureTree.Read(d)!;
            foreach (var row in tree.Elements().Where(e => StructureTree.Type(e) == "TR"))
            {
                var kids = StructureTree.Kids(row);
                kids.RemoveAll(k => StructureTree.Resolve(k) is PdfSharp.Pdf.PdfDictionary cell && StructureTree.Type(cell) == "TD" && !cell.Elements.ContainsKey("/K"));
                StructureTree.SetKids(row, kids);
            }
        });
        Assert.Contains(PdfUaChecker.Check(short_), v => v.Rule == "TableStructure" && v.Message.Contains("rows of 7, 6 columns", StringComparison.Ordinal));

        var repaired = BrokenPdf.Make(short_, d => Assert.Equal(9, EmptyCellRepair.Repair(StructureTree.Read(d)!)));

        Assert.Empty(PdfUaChecker.Check(repaired));
    }

    [Fact]
    public void MarkCellRepair_says_each_mark_as_the_website_does_column_header_then_value()
    {
        using var page = new HtmlParser().ParseDocument(
            "<table><thead><tr><th>N.</th><th>Città metropolitana</th><th colspan=\"2\">Comuni</th></tr></thead>" +
            "<tbody><tr><th>M1.1</th><td><span role=\"img\" aria-label=\"sì\">●</span></td><td></td><td><span role=\"img\" aria-label=\"no\">–</span></td></tr></tbody></table>" +
            "<p><span role=\"img\" aria-label=\"logo\">*</span></p>");

        Assert.Equal([("sì", "Città metropolitana: sì"), ("no", "Comuni: no"), ("logo", null)], MarkCellRepair.Marks(page));
    }

    [Fact]
    public void MarkCellRepair_refuses_marks_it_cannot_pair_with_the_pdfs_figures()
    {
        var figures = BrokenPdf.Make(pdf.Bytes, d =>
        {
            foreach (var span in StructureTree.Read(d)!.Elements().Where(e => e.Elements.ContainsKey("/ActualText")))
            {
                span.Elements.SetName("/S", "/Figure");
                span.Elements.SetString("/Alt", "sì");
            }
        });

        Assert.Throws<InvalidDataException>(() => BrokenPdf.Make(figures, d => MarkCellRepair.Repair(StructureTree.Read(d)!, [("sì", "Comuni: sì")])));
    }

    [Theory]
    [InlineData("Piano Strategico", "Triennale", true)]
    [InlineData("Strategie Tematico-", "Territoriali", false)]
    [InlineData("una parola –", "altra", true)]
    [InlineData("2025–", "2027", false)]
    [InlineData("licenza: https://creativecommons.org/lice", "nses/by/4.0/", false)]
    [InlineData("fine riga ", "inizio", false)]
    [InlineData("fine riga", " inizio", false)]
    public void LineBreakSpaces_adds_a_space_only_where_the_line_broke_at_one(string line, string next, bool expected) =>
        Assert.Equal(expected, LineBreakSpaces.NeedsSpace(line, next));
}
