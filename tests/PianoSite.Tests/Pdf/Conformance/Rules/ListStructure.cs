namespace PianoSite.Tests.Pdf.Conformance.Rules;

/// <summary>
/// ISO 32000-1, 14.8.4.3.3 and Table 336, as ISO 14289-1, 7.2 requires (Matterhorn 09-005): an L holds list items
/// (LI), nested lists (L) and at most a first Caption; an LI sits in an L and holds a label (Lbl) and a body (LBody),
/// nothing else; an LBody sits in an LI. A reader announces the list, its number of items, each item's label.
/// </summary>
public sealed class ListStructure : IPdfUaRule
{
    public string Reference => "Matterhorn 09-005; ISO 14289-1 7.2; ISO 32000-1 14.8.4.3.3, Table 336";

    public IEnumerable<string> Check(PdfUaDocument pdf)
    {
        foreach (var element in pdf.Elements)
        {
            var kids = element.Children.Select(c => c.StandardType ?? c.Type).ToList();
            var parent = element.Parent?.StandardType;
            switch (element.StandardType)
            {
                case "L":
                    foreach (var kid in kids.Where(k => k is not ("LI" or "L" or "Caption")).Distinct())
                    {
                        yield return $"{element.Describe()} holds {kid}";
                    }
                    if (kids.LastIndexOf("Caption") > 0)
                    {
                        yield return $"{element.Describe()} has a Caption that is not its first kid";
                    }
                    break;
                case "LI":
                    if (parent != "L")
                    {
                        yield return $"{element.Describe()} is not in an L";
                    }
                    foreach (var kid in kids.Where(k => k is not ("Lbl" or "LBody")).Distinct())
                    {
                        yield return $"{element.Describe()} holds {kid}";
                    }
                    if (PdfUaDocument.Items(element.Dictionary.Elements["/K"]).Any(PdfUaDocument.IsContentItem))
                    {
                        yield return $"{element.Describe()} holds content directly, outside a Lbl or LBody";
                    }
                    break;
                case "LBody" when parent != "LI":
                    yield return $"{element.Describe()} is not in an LI";
                    break;
            }
        }
    }
}
