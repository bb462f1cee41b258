namespace PianoSite.Tests.Pdf.Conformance.Rules;

/// <summary>
/// ISO 32000-1, 14.8.4.3.4 and Table 337, as ISO 14289-1, 7.2 requires (Matterhorn 09-004): a Table holds TR,
/// THead, TBody, TFoot and at most one Caption, first or last; THead, TBody and TFoot sit in a Table and hold TR;
/// a TR sits in one of them and holds TH and TD; a TH or TD sits in a TR; at most one THead and one TFoot, and a
/// TBody when there is either. Every row spans the same number of columns (ColSpan counted), as a reader moving
/// across a row or down a column expects.
/// </summary>
public sealed class TableStructure : IPdfUaRule
{
    public string Reference => "Matterhorn 09-004; ISO 14289-1 7.2; ISO 32000-1 14.8.4.3.4, Table 337";

    public IEnumerable<string> Check(PdfUaDocument pdf)
    {
        foreach (var element in pdf.Elements)
        {
            var kids = element.Children.Select(c => c.StandardType ?? c.Type).ToList();
            var parent = element.Parent?.StandardType;
            switch (element.StandardType)
            {
                case "Table":
                    foreach (var kid in kids.Where(k => k is not ("TR" or "THead" or "TBody" or "TFoot" or "Caption")).Distinct())
                    {
                        yield return $"{element.Describe()} holds {kid}";
                    }
                    if (kids.Count(k => k == "Caption") > 1 || kids.IndexOf("Caption") is > 0 and var at && at < kids.Count - 1)
                    {
                        yield return $"{element.Describe()} has a Caption that is not its only first or last kid";
                    }
                    if (kids.Count(k => k == "THead") > 1 || kids.Count(k => k == "TFoot") > 1)
                    {
                        yield return $"{element.Describe()} has more than one THead or TFoot";
                    }
                    if (kids.Any(k => k is "THead" or "TFoot") && !kids.Contains("TBody"))
                    {
                        yield return $"{element.Describe()} has a THead or TFoot but no TBody";
                    }
                    foreach (var problem in Columns(element))
                    {
                        yield return problem;
                    }
                    break;
                case "THead" or "TBody" or "TFoot":
                    if (parent != "Table")
                    {
                        yield return $"{element.Describe()} is not in a Table";
                    }
                    foreach (var kid in kids.Where(k => k != "TR").Distinct())
                    {
                        yield return $"{element.Describe()} holds {kid}";
                    }
                    break;
                case "TR":
                    if (parent is not ("Table" or "THead" or "TBody" or "TFoot"))
                    {
                        yield return $"{element.Describe()} is not in a Table, THead, TBody or TFoot";
                    }
                    foreach (var kid in kids.Where(k => k is not ("TH" or "TD")).Distinct())
                    {
                        yield return $"{element.Describe()} holds {kid}";
                    }
                    break;
                case "TH" or "TD" when parent != "TR":
                    yield return $"{element.Describe()} is not in a TR";
                    break;
            }
        }
    }

    private static IEnumerable<string> Columns(StructElement table)
    {
        var rows = table.Children.Where(c => c.StandardType == "TR")
            .Concat(table.Children.Where(c => c.StandardType is "THead" or "TBody" or "TFoot").SelectMany(g => g.Children.Where(c => c.StandardType == "TR")))
            .ToList();
        var widths = rows.Select(r => r.Children.Where(c => c.StandardType is "TH" or "TD").Sum(Span)).Distinct().ToList();
        if (widths.Count > 1)
        {
            yield return $"{table.Describe()} has rows of {string.Join(", ", widths)} columns";
        }
    }

    private static int Span(StructElement cell) =>
        cell.Attribute("/ColSpan") is PdfSharp.Pdf.PdfInteger { Value: > 0 } span ? span.Value : 1;
}
