namespace PianoSite.Tests.Pdf.Conformance.Rules;

/// <summary>
/// ISO 14289-1, 6.2 and 7.1: the catalog's /MarkInfo says /Marked true, the file has a structure tree
/// (/StructTreeRoot), and /Suspects is not true (Matterhorn 01-007; ISO 32000-1, Table 321).
/// </summary>
public sealed class DocumentIsTagged : IPdfUaRule
{
    public string Reference => "Matterhorn 01-007; ISO 14289-1 6.2, 7.1; ISO 32000-1 14.7.1, Table 321";

    public IEnumerable<string> Check(PdfUaDocument pdf)
    {
        var markInfo = pdf.Catalog.Elements.GetDictionary("/MarkInfo");
        if (markInfo is null || !markInfo.Elements.GetBoolean("/Marked"))
        {
            yield return "the catalog has no /MarkInfo with /Marked true";
        }
        if (markInfo is not null && markInfo.Elements.GetBoolean("/Suspects"))
        {
            yield return "/MarkInfo has /Suspects true";
        }
        if (pdf.StructTreeRoot is null || pdf.Elements.Count == 0)
        {
            yield return "the catalog has no structure tree (/StructTreeRoot with elements)";
        }
    }
}
