using PdfSharp.Pdf;

namespace PianoSite.Pdf.Tags;

/// <summary>
/// ISO 32000-1, 14.8.4.3.3 and Table 336 (Matterhorn checkpoint 09-005; ISO 14289-1, 7.2): the kids of a list
/// item (LI) are a label (Lbl) and a list body (LBody). Chromium puts the item's content — text, links, a nested
/// list — straight into the LI, next to the Lbl of a bulleted item. This gathers each run of kids that are not a
/// Lbl into one LBody, in their place.
/// </summary>
public static class ListBodyRepair
{
    /// <returns>how many LBody elements were made.</returns>
    public static int Repair(StructureTree tree)
    {
        var made = 0;
        foreach (var item in tree.Elements().Where(e => StructureTree.Type(e) == "LI"))
        {
            var kids = StructureTree.Kids(item);
            for (var first = 0; first < kids.Count; first++)
            {
                if (IsLabelOrBody(kids[first]))
                {
                    continue;
                }
                var last = first;
                while (last + 1 < kids.Count && !IsLabelOrBody(kids[last + 1]))
                {
                    last++;
                }
                tree.Wrap(item, first, last, "LBody");
                made++;
                kids = StructureTree.Kids(item);
            }
        }
        return made;
    }

    private static bool IsLabelOrBody(PdfItem kid) =>
        StructureTree.Resolve(kid) is PdfDictionary element && StructureTree.IsElement(element)
        && StructureTree.Type(element) is "Lbl" or "LBody";
}
