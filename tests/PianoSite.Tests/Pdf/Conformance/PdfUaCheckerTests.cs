using System.Diagnostics;
using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PianoSite.Pdf.Tags;
using PianoSite.Pdf.Text;

namespace PianoSite.Tests.Pdf.Conformance;

/// <summary>
/// The PDF/UA-1 claim of the PDF edition (pdfuaid:part 1 in its XMP) holds because every PDF the build makes passes
/// the checker; and the checker can fail: for each rule, a PDF broken in one place is caught by that rule alone.
/// </summary>
[Collection(PdfEditionGroup.Name)]
public sealed class PdfUaCheckerTests(PdfEditionFixture pdf)
{
    /// <summary>How to break the real PDF for each rule, in one place.</summary>
    private static readonly Dictionary<string, (Action<PdfDocument> Break, Func<string, string>? Xmp)> Breakers = new(StringComparer.Ordinal)
    {
        ["DocumentIsTagged"] = (d => d.Internals.Catalog.Elements.GetDictionary("/MarkInfo")!.Elements.SetBoolean("/Marked", false), null),
        ["StructureTypesAreStandardOrRoleMapped"] = (d => Root(d).Elements.Remove("/RoleMap"), null),
        ["StructureElementsHaveParents"] = (d => First(d, "H2").Elements.Remove("/P"), null),
        ["TableStructure"] = (d => First(d, "TR").Elements.SetName("/S", "/Div"), null),
        ["ListStructure"] = (d => First(d, "LBody").Elements.SetName("/S", "/NonStruct"), null),
        ["TableHeadersHaveScopeOrHeaders"] = (d =>
        {
            RemoveAttribute(First(d, "TH"), "/Scope");
            RemoveAttribute(First(d, "TD"), "/Headers");
        }, null),
        ["FiguresHaveAlternativeText"] = (d =>
        {
            var mark = Elements(d).First(e => e.Elements.ContainsKey("/ActualText") && StructureTree.Type(e) == "Span");
            mark.Elements.SetName("/S", "/Figure");
            mark.Elements.Remove("/ActualText");
        }, null),
        ["HeadingLevelsDoNotSkip"] = (d => First(d, "H2").Elements.SetName("/S", "/H4"), null),
        ["ContentIsTaggedOrArtifact"] = (d =>
        {
            var page = d.Pages[1];
            var content = Encoding.Latin1.GetString(PageContent.Read(page));
            var at = content.IndexOf("/Artifact BMC", StringComparison.Ordinal);
            PageContent.Write(page, Encoding.Latin1.GetBytes(content[..at] + "/Span BMC" + content[(at + "/Artifact BMC".Length)..]));
        }, null),
        ["LinksAreTaggedAndDescribed"] = (d => Annotations(d).First().Elements.Remove("/Contents"), null),
        ["PagesWithAnnotationsHaveTabOrderS"] = (d => d.Pages.Cast<PdfPage>().First(p => p.Elements.ContainsKey("/Annots")).Elements.Remove("/Tabs"), null),
        ["FontsAreEmbeddedWithUnicode"] = (d =>
        {
            var fonts = d.Pages[0].Elements.GetDictionary("/Resources")!.Elements.GetDictionary("/Font")!;
            fonts.Elements.GetDictionary(fonts.Elements.Keys.First())!.Elements.Remove("/ToUnicode");
        }, null),
        ["DocumentLanguageIsDeclared"] = (d => d.Internals.Catalog.Elements.Remove("/Lang"), null),
        ["DocumentTitleIsDisplayed"] = (d => d.Internals.Catalog.Elements.GetDictionary("/ViewerPreferences")!.Elements.SetBoolean("/DisplayDocTitle", false), null),
        ["XmpIdentifiesPdfUaAndTitle"] = (_ => { }, xmp => xmp.Replace("<pdfuaid:part>1</pdfuaid:part>", string.Empty, StringComparison.Ordinal)),
    };

    public static TheoryData<string> RuleNames() => [.. PdfUaChecker.Rules.Select(PdfUaChecker.NameOf)];

    [Fact]
    public void Every_pdf_the_build_makes_meets_every_rule()
    {
        var pdfs = PdfUaChecker.PdfsIn(pdf.Output);

        Assert.Contains(pdfs, p => p.EndsWith(Path.Combine("pdf", "psttm-2025-2027.pdf"), StringComparison.Ordinal));
        Assert.True(pdfs.Count >= 2, string.Join(", ", pdfs)); // the edition and its copy in the website
        Assert.All(pdfs, PdfUaChecker.AssertConforms);
    }

    [Fact]
    public async Task Poppler_finds_no_structure_errors()
    {
        var start = new ProcessStartInfo("pdfinfo", ["-struct", pdf.PdfPath]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var structure = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        Assert.Equal(string.Empty, await errors);
        Assert.Contains("Table", structure, StringComparison.Ordinal);
        Assert.Contains("LBody", structure, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_rule_has_a_breaking_fixture_and_cites_its_clauses()
    {
        Assert.Equal(PdfUaChecker.Rules.Select(PdfUaChecker.NameOf).Order(StringComparer.Ordinal), Breakers.Keys.Order(StringComparer.Ordinal));
        Assert.All(PdfUaChecker.Rules, r => Assert.Matches(@"ISO (14289-1|32000-1) \d", r.Reference));
    }

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Each_rule_catches_the_pdf_broken_for_it_and_only_that_rule_fails(string rule)
    {
        var (breakIt, xmp) = Breakers[rule];
        var broken = BrokenPdf.Make(pdf.Bytes, breakIt, xmp);

        var violations = PdfUaChecker.Check(broken);

        Assert.Contains(violations, v => v.Rule == rule);
        Assert.All(violations, v => Assert.Equal(rule, v.Rule));
    }

    [Fact]
    public void The_unbroken_copy_passes_so_the_fixtures_fail_only_for_what_they_break()
    {
        Assert.Empty(PdfUaChecker.Check(BrokenPdf.Make(pdf.Bytes, _ => { })));
    }

    private static PdfDictionary Root(PdfDocument document) => document.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot")!;

    private static List<PdfDictionary> Elements(PdfDocument document) => StructureTree.Read(document)!.Elements();

    private static PdfDictionary First(PdfDocument document, string type) => Elements(document).First(e => StructureTree.Type(e) == type);

    private static IEnumerable<PdfDictionary> Annotations(PdfDocument document) =>
        document.Pages.Cast<PdfPage>().SelectMany(p => p.Elements.GetArray("/Annots")?.Elements.ToList() ?? [])
            .Select(StructureTree.Resolve).OfType<PdfDictionary>().Where(a => a.Elements.GetName("/Subtype") == "/Link");

    private static void RemoveAttribute(PdfDictionary element, string key)
    {
        switch (StructureTree.Resolve(element.Elements["/A"]))
        {
            case PdfDictionary attributes:
                attributes.Elements.Remove(key);
                break;
            case PdfArray array:
                foreach (var attributes in array.Elements.Select(StructureTree.Resolve).OfType<PdfDictionary>())
                {
                    attributes.Elements.Remove(key);
                }
                break;
        }
    }
}
