using PdfSharp.Pdf;

namespace PianoSite.Tests.Pdf.Conformance.Rules;

/// <summary>
/// ISO 14289-1, 7.5 (Matterhorn 15-003): a reader must be able to tell which headers a cell belongs to. Every TH
/// of a table has a /Scope (Row, Column or Both), unless every TD of the table names its headers in /Headers;
/// and every id named in a /Headers is the /ID of a TH (ISO 32000-1, 14.8.5.7, Table 349).
/// </summary>
public sealed class TableHeadersHaveScopeOrHeaders : IPdfUaRule
{
    public string Reference => "Matterhorn 15-003; ISO 14289-1 7.5; ISO 32000-1 14.8.5.7, Table 349";

    public IEnumerable<string> Check(PdfUaDocument pdf)
    {
        var headerIds = pdf.Elements.Where(e => e.StandardType == "TH")
            .Select(e => e.Dictionary.Elements.GetString("/ID")).Where(id => id.Length > 0).ToHashSet(StringComparer.Ordinal);
        foreach (var table in pdf.Elements.Where(e => e.StandardType == "Table"))
        {
            var cells = Cells(table).ToList();
            var everyCellHasHeaders = cells.Where(c => c.StandardType == "TD").All(c => c.Attribute("/Headers") is PdfArray { Elements.Count: > 0 });
            foreach (var cell in cells)
            {
                if (cell.StandardType == "TH" && !everyCellHasHeaders
                    && cell.Attribute("/Scope") is not PdfName { Value: "/Row" or "/Column" or "/Both" })
                {
                    yield return $"{cell.Describe()} in {table.Describe()} has no /Scope, and not every TD of the table has /Headers";
                }
                if (cell.Attribute("/Headers") is PdfArray headers)
                {
                    foreach (var id in headers.Elements.Select(PdfUaDocument.Resolve).OfType<PdfString>().Select(s => s.Value))
                    {
                        if (!headerIds.Contains(id))
                        {
                            yield return $"{cell.Describe()} in {table.Describe()} names a header «{id}» that is no TH's /ID";
                        }
                    }
                }
            }
        }
    }

    private static IEnumerable<StructElement> Cells(StructElement element) =>
        element.Children.SelectMany(c => c.StandardType is "TH" or "TD" ? [c] : c.StandardType == "Table" ? [] : Cells(c));
}
