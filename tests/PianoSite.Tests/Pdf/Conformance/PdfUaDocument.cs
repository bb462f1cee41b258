using System.Collections.Frozen;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;
using PianoSite.Pdf.Tags;

namespace PianoSite.Tests.Pdf.Conformance;

/// <summary>
/// A PDF opened with PDFsharp for the PDF/UA checker: the catalog, the structure tree with every element's
/// standard type (through the role map), the parent tree, and the pages. Read once; the rules only look.
/// </summary>
public sealed class PdfUaDocument : IDisposable
{
    /// <summary>The standard structure types of ISO 32000-1, 14.8.4 (PDF 1.7, on which PDF/UA-1 is built).</summary>
    public static FrozenSet<string> StandardTypes { get; } = new[]
    {
        "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct", "Private",
        "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody",
        "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot",
        "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot",
        "Ruby", "RB", "RT", "RP", "Warichu", "WT", "WP", "Figure", "Formula", "Form",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly Dictionary<int, PdfItem> parentTree;
    private readonly Dictionary<PdfDictionary, StructElement> byDictionary = new(ReferenceEqualityComparer.Instance);

    public PdfUaDocument(byte[] pdf)
    {
        Bytes = pdf;
        Document = PdfReader.Open(new MemoryStream(pdf, writable: false), PdfDocumentOpenMode.Import);
        Catalog = Document.Internals.Catalog;
        StructTreeRoot = Catalog.Elements.GetDictionary("/StructTreeRoot");
        RoleMap = StructTreeRoot?.Elements.GetDictionary("/RoleMap");
        parentTree = [];
        if (StructTreeRoot is not null)
        {
            parentTree = StructureTree.NumberTree(StructTreeRoot.Elements.GetDictionary("/ParentTree"));
            Walk(StructTreeRoot.Elements["/K"], null);
        }
    }

    public byte[] Bytes { get; }

    public PdfDocument Document { get; }

    public PdfCatalog Catalog { get; }

    public PdfDictionary? StructTreeRoot { get; }

    public PdfDictionary? RoleMap { get; }

    /// <summary>Every structure element, depth first in the order of the tree.</summary>
    public List<StructElement> Elements { get; } = [];

    /// <summary>The elements right under the structure tree root.</summary>
    public List<StructElement> TopElements { get; } = [];

    public StructElement? Element(PdfDictionary dictionary) => byDictionary.GetValueOrDefault(dictionary);

    /// <summary>The parent tree's value for a /StructParent or /StructParents key, resolved.</summary>
    public PdfItem? ParentTreeEntry(int key) => parentTree.TryGetValue(key, out var value) ? Resolve(value) : null;

    /// <summary>The element that owns marked-content <paramref name="mcid"/> of <paramref name="page"/>, through the parent tree.</summary>
    public StructElement? ContentOwner(PdfPage page, int mcid) =>
        page.Elements.ContainsKey("/StructParents") && ParentTreeEntry(page.Elements.GetInteger("/StructParents")) is PdfArray owners
        && mcid >= 0 && mcid < owners.Elements.Count && Resolve(owners.Elements[mcid]) is PdfDictionary owner
            ? Element(owner)
            : null;

    /// <summary>The standard type a structure type is or maps to through the role map; null if the mapping never reaches one or loops.</summary>
    public string? StandardTypeOf(string type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var current = type;
        while (!StandardTypes.Contains(current))
        {
            if (!seen.Add(current) || RoleMap?.Elements.GetName("/" + current) is not { Length: > 1 } mapped)
            {
                return null;
            }
            current = mapped.TrimStart('/');
        }
        return current;
    }

    public static PdfItem? Resolve(PdfItem? item) => item is PdfReference reference ? reference.Value : item;

    /// <summary>The items of a /K entry: one, or the elements of an array.</summary>
    public static IEnumerable<PdfItem> Items(PdfItem? item) => Resolve(item) switch
    {
        null => [],
        PdfArray array => array.Elements,
        _ => [item!],
    };

    /// <summary>Whether a kid is content (an MCID, a marked-content or an object reference) rather than an element.</summary>
    public static bool IsContentItem(PdfItem kid) => Resolve(kid) switch
    {
        PdfInteger => true,
        PdfDictionary d => d.Elements.GetName("/Type") is "/MCR" or "/OBJR",
        _ => false,
    };

    public void Dispose() => Document.Dispose();

    private void Walk(PdfItem? kids, StructElement? parent)
    {
        foreach (var kid in Items(kids))
        {
            if (Resolve(kid) is not PdfDictionary dictionary || !dictionary.Elements.ContainsKey("/S")
                || dictionary.Elements.GetName("/Type") is not ("" or "/StructElem") || byDictionary.ContainsKey(dictionary))
            {
                continue;
            }
            var type = dictionary.Elements.GetName("/S").TrimStart('/');
            var element = new StructElement(dictionary, type, StandardTypeOf(type), parent, Elements.Count);
            byDictionary[dictionary] = element;
            Elements.Add(element);
            (parent?.Children ?? TopElements).Add(element);
            Walk(dictionary.Elements["/K"], element);
        }
    }
}
