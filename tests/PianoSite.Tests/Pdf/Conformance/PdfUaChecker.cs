using PianoSite.Tests.Pdf.Conformance.Rules;

namespace PianoSite.Tests.Pdf.Conformance;

/// <summary>
/// The machine-checkable requirements of PDF/UA-1 (ISO 14289-1) that apply to PianoSite's PDFs, as a validator
/// checks them — no validator (veraPDF, PAC) can be installed here. One rule per class under Rules/, each citing
/// its Matterhorn Protocol checkpoints and clauses. What needs a person (reading order as heard, the meaning of
/// alternative texts, colour and contrast, …) is not here: README.md, «Accessibility», lists it.
/// Any test can run it on a PDF it makes: <see cref="AssertConforms(string)"/>.
/// </summary>
public static class PdfUaChecker
{
    public static IReadOnlyList<IPdfUaRule> Rules { get; } =
    [
        new DocumentIsTagged(),
        new StructureTypesAreStandardOrRoleMapped(),
        new StructureElementsHaveParents(),
        new TableStructure(),
        new ListStructure(),
        new TableHeadersHaveScopeOrHeaders(),
        new FiguresHaveAlternativeText(),
        new HeadingLevelsDoNotSkip(),
        new ContentIsTaggedOrArtifact(),
        new LinksAreTaggedAndDescribed(),
        new PagesWithAnnotationsHaveTabOrderS(),
        new FontsAreEmbeddedWithUnicode(),
        new DocumentLanguageIsDeclared(),
        new DocumentTitleIsDisplayed(),
        new XmpIdentifiesPdfUaAndTitle(),
    ];

    public static string NameOf(IPdfUaRule rule) => rule.GetType().Name;

    public static IReadOnlyList<PdfUaViolation> Check(byte[] pdf)
    {
        using var document = new PdfUaDocument(pdf);
        return [.. Rules.SelectMany(rule => rule.Check(document).Select(message => new PdfUaViolation(NameOf(rule), rule.Reference, message)))];
    }

    /// <summary>Fails the test with every violation of the PDF at <paramref name="path"/>.</summary>
    public static void AssertConforms(string path)
    {
        var violations = Check(File.ReadAllBytes(path));
        Assert.True(violations.Count == 0,
            $"{path} does not meet PDF/UA-1 ({violations.Count} violations):\n" + string.Join("\n", violations.Take(40)));
    }

    /// <summary>Every PDF under a build's output folder (the edition, its copy in the website, and whatever later editions add).</summary>
    public static IReadOnlyList<string> PdfsIn(string output) =>
        [.. Directory.EnumerateFiles(output, "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];
}
