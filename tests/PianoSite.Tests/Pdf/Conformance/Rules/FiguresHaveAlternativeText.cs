namespace PianoSite.Tests.Pdf.Conformance.Rules;

/// <summary>
/// ISO 14289-1, 7.3 (Matterhorn 13-004): every Figure carries an alternative description (/Alt) or a replacement
/// text (/ActualText), which is what a reader hears instead of the picture.
/// </summary>
public sealed class FiguresHaveAlternativeText : IPdfUaRule
{
    public string Reference => "Matterhorn 13-004; ISO 14289-1 7.3; ISO 32000-1 14.9.3";

    public IEnumerable<string> Check(PdfUaDocument pdf) =>
        pdf.Elements.Where(e => e.StandardType == "Figure")
            .Where(e => string.IsNullOrWhiteSpace(e.Dictionary.Elements.GetString("/Alt")) && !e.Dictionary.Elements.ContainsKey("/ActualText"))
            .Select(e => $"{e.Describe()} has neither /Alt nor /ActualText");
}
