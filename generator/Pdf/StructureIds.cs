using System.Globalization;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace PianoSite.Pdf;

/// <summary>
/// Chromium names the structure elements of table cells after internal DOM node ids ("node00000069"), which change
/// from one run to the next even for the same page. This renames them in the order of the structure tree (a
/// deterministic walk), updates the table cells' /Headers that cite them, and rebuilds the /IDTree, so that two
/// builds of the same plan give the same bytes.
/// </summary>
public static class StructureIds
{
    public static void Normalise(PdfDocument document)
    {
        var root = document.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot");
        if (root is null)
        {
            return;
        }
        var elements = new List<PdfDictionary>();
        var seen = new HashSet<PdfDictionary>(ReferenceEqualityComparer.Instance);
        Collect(root.Elements["/K"], elements, seen);

        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in elements)
        {
            if (element.Elements.GetString("/ID") is { Length: > 0 } id && !renamed.ContainsKey(id))
            {
                renamed[id] = "id" + (renamed.Count + 1).ToString("D6", CultureInfo.InvariantCulture);
            }
        }
        if (renamed.Count == 0)
        {
            return;
        }
        var names = new PdfArray(document);
        foreach (var element in elements)
        {
            if (element.Elements.GetString("/ID") is { Length: > 0 } id && renamed.TryGetValue(id, out var newId))
            {
                element.Elements.SetString("/ID", newId);
            }
            RenameHeaders(element.Elements["/A"], renamed);
        }
        // The /IDTree is a name tree: one leaf with its keys in sorted order (the new names sort like their numbers).
        foreach (var element in elements.Where(e => e.Elements.GetString("/ID").Length > 0 && e.Reference is not null)
                     .OrderBy(e => e.Elements.GetString("/ID"), StringComparer.Ordinal))
        {
            names.Elements.Add(new PdfString(element.Elements.GetString("/ID")));
            names.Elements.Add(element.Reference!);
        }
        var tree = new PdfDictionary(document);
        tree.Elements["/Names"] = names;
        root.Elements["/IDTree"] = tree;
    }

    private static void Collect(PdfItem? item, List<PdfDictionary> elements, HashSet<PdfDictionary> seen)
    {
        switch (Resolve(item))
        {
            case PdfArray array:
                foreach (var child in array.Elements)
                {
                    Collect(child, elements, seen);
                }
                break;
            case PdfDictionary dictionary when dictionary.Elements.ContainsKey("/S") && seen.Add(dictionary):
                elements.Add(dictionary);
                Collect(dictionary.Elements["/K"], elements, seen);
                break;
        }
    }

    private static void RenameHeaders(PdfItem? attributes, Dictionary<string, string> renamed)
    {
        switch (Resolve(attributes))
        {
            case PdfArray array:
                foreach (var item in array.Elements)
                {
                    RenameHeaders(item, renamed);
                }
                break;
            case PdfDictionary dictionary when Resolve(dictionary.Elements["/Headers"]) is PdfArray headers:
                for (var i = 0; i < headers.Elements.Count; i++)
                {
                    if (Resolve(headers.Elements[i]) is PdfString header && renamed.TryGetValue(header.Value, out var newId))
                    {
                        headers.Elements[i] = new PdfString(newId);
                    }
                }
                break;
        }
    }

    private static PdfItem? Resolve(PdfItem? item) => item is PdfReference reference ? reference.Value : item;
}
