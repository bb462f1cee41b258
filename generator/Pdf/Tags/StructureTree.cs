using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace PianoSite.Pdf.Tags;

/// <summary>
/// The structure tree of a tagged PDF (ISO 32000-1, 14.7) as PDFsharp reads it: its elements in document order,
/// and the parent tree that leads from marked content and annotations back to their elements. The repairs of the
/// finishing step edit the tree through it, so that a kid moved to another element keeps the parent tree and its
/// /P entry in step (ISO 14289-1, 7.1: every element has its parent; content finds its element).
/// </summary>
public sealed class StructureTree
{
    private readonly PdfDocument document;
    private readonly Dictionary<int, PdfItem> parentTree;

    private StructureTree(PdfDocument document, PdfDictionary root)
    {
        this.document = document;
        Root = root;
        parentTree = NumberTree(root.Elements.GetDictionary("/ParentTree"));
    }

    /// <summary>The tree of <paramref name="document"/>; null for an untagged file.</summary>
    public static StructureTree? Read(PdfDocument document) =>
        document.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot") is { } root ? new StructureTree(document, root) : null;

    public PdfDictionary Root { get; }

    /// <summary>Every structure element, depth first in the order of the tree (the reading order).</summary>
    public List<PdfDictionary> Elements()
    {
        var elements = new List<PdfDictionary>();
        var seen = new HashSet<PdfDictionary>(ReferenceEqualityComparer.Instance);
        void Walk(PdfItem? item)
        {
            foreach (var kid in Items(item))
            {
                if (Resolve(kid) is PdfDictionary element && IsElement(element) && seen.Add(element))
                {
                    elements.Add(element);
                    Walk(element.Elements["/K"]);
                }
            }
        }
        Walk(Root.Elements["/K"]);
        return elements;
    }

    public static string Type(PdfDictionary element) => element.Elements.GetName("/S").TrimStart('/');

    public static bool IsElement(PdfDictionary dictionary) =>
        dictionary.Elements.ContainsKey("/S") && dictionary.Elements.GetName("/Type") is "" or "/StructElem";

    /// <summary>The kids of an element (its /K: one item or an array), unresolved.</summary>
    public static List<PdfItem> Kids(PdfDictionary element) => Items(element.Elements["/K"]);

    /// <summary>The struct elements among the kids of <paramref name="element"/>.</summary>
    public static IEnumerable<PdfDictionary> ElementKids(PdfDictionary element) =>
        Kids(element).Select(Resolve).OfType<PdfDictionary>().Where(IsElement);

    public static PdfItem? Resolve(PdfItem? item) => item is PdfReference reference ? reference.Value : item;

    /// <summary>
    /// Makes a new element of type <paramref name="type"/> in place of the kids <paramref name="first"/> to
    /// <paramref name="last"/> of <paramref name="parent"/>, which become its kids: their /P, or their entries in the
    /// parent tree for marked content and annotations, follow them.
    /// </summary>
    public PdfDictionary Wrap(PdfDictionary parent, int first, int last, string type)
    {
        var kids = Kids(parent);
        var wrapper = NewElement(type, parent);
        if (parent.Elements["/Pg"] is { } page)
        {
            wrapper.Elements["/Pg"] = page; // integer kids (MCIDs) lie on the element's page
        }
        var moved = kids.GetRange(first, last - first + 1);
        foreach (var kid in moved)
        {
            Adopt(kid, parent, wrapper);
        }
        SetKids(wrapper, moved);
        kids.RemoveRange(first, moved.Count);
        kids.Insert(first, wrapper.Reference!);
        SetKids(parent, kids);
        return wrapper;
    }

    /// <summary>A new indirect element under <paramref name="parent"/> (not yet among its kids).</summary>
    public PdfDictionary NewElement(string type, PdfDictionary parent)
    {
        var element = new PdfDictionary(document);
        element.Elements.SetName("/Type", "/StructElem");
        element.Elements.SetName("/S", "/" + type);
        element.Elements["/P"] = ReferenceTo(parent);
        document.Internals.AddObject(element);
        return element;
    }

    /// <summary>Puts <paramref name="element"/> among the kids of <paramref name="parent"/>, at <paramref name="index"/>.</summary>
    public static void InsertKid(PdfDictionary parent, int index, PdfDictionary element)
    {
        var kids = Kids(parent);
        kids.Insert(index, element.Reference!);
        SetKids(parent, kids);
    }

    private void Adopt(PdfItem kid, PdfDictionary oldParent, PdfDictionary newParent)
    {
        switch (Resolve(kid))
        {
            case PdfDictionary element when IsElement(element):
                element.Elements["/P"] = newParent.Reference!;
                break;
            case PdfInteger mcid:
                SetContentParent(Page(oldParent, null), mcid.Value, newParent);
                break;
            case PdfDictionary { } mcr when mcr.Elements.GetName("/Type") == "/MCR":
                SetContentParent(Page(oldParent, mcr), mcr.Elements.GetInteger("/MCID"), newParent);
                break;
            case PdfDictionary { } objr when objr.Elements.GetName("/Type") == "/OBJR":
                if (Resolve(objr.Elements["/Obj"]) is PdfDictionary annotation && annotation.Elements.ContainsKey("/StructParent"))
                {
                    parentTree[annotation.Elements.GetInteger("/StructParent")] = newParent.Reference!;
                    WriteParentTreeEntry(annotation.Elements.GetInteger("/StructParent"), newParent);
                }
                break;
        }
    }

    private static PdfDictionary? Page(PdfDictionary element, PdfDictionary? mcr) =>
        Resolve(mcr?.Elements["/Pg"] ?? element.Elements["/Pg"]) as PdfDictionary;

    private void SetContentParent(PdfDictionary? page, int mcid, PdfDictionary newParent)
    {
        if (page is null || !page.Elements.ContainsKey("/StructParents")
            || !parentTree.TryGetValue(page.Elements.GetInteger("/StructParents"), out var entry)
            || Resolve(entry) is not PdfArray parents || mcid < 0 || mcid >= parents.Elements.Count)
        {
            throw new InvalidDataException($"il contenuto marcato {mcid} non ha una voce nel ParentTree");
        }
        parents.Elements[mcid] = newParent.Reference!;
    }

    /// <summary>Marks that no element owns marked-content <paramref name="mcid"/> of <paramref name="page"/> any more (it became an artifact).</summary>
    public void ClearContentParent(PdfDictionary page, int mcid)
    {
        if (page.Elements.ContainsKey("/StructParents")
            && parentTree.TryGetValue(page.Elements.GetInteger("/StructParents"), out var entry)
            && Resolve(entry) is PdfArray parents && mcid >= 0 && mcid < parents.Elements.Count)
        {
            parents.Elements[mcid] = PdfNull.Value;
        }
    }

    /// <summary>The parent tree's value for a /StructParent or /StructParents key.</summary>
    public PdfItem? ParentTreeEntry(int key) => parentTree.TryGetValue(key, out var value) ? Resolve(value) : null;

    private void WriteParentTreeEntry(int key, PdfDictionary element)
    {
        void Write(PdfDictionary? node)
        {
            if (node is null)
            {
                return;
            }
            if (node.Elements.GetArray("/Nums") is { } nums)
            {
                for (var i = 0; i + 1 < nums.Elements.Count; i += 2)
                {
                    if (Resolve(nums.Elements[i]) is PdfInteger number && number.Value == key)
                    {
                        nums.Elements[i + 1] = element.Reference!;
                    }
                }
            }
            foreach (var kid in node.Elements.GetArray("/Kids")?.Elements.ToList() ?? [])
            {
                Write(Resolve(kid) as PdfDictionary);
            }
        }
        Write(Root.Elements.GetDictionary("/ParentTree"));
    }

    /// <summary>The keys and values of a number tree (ISO 32000-1, 7.9.7), values unresolved.</summary>
    public static Dictionary<int, PdfItem> NumberTree(PdfDictionary? node)
    {
        var values = new Dictionary<int, PdfItem>();
        ReadNumberTree(node, values);
        return values;
    }

    private static void ReadNumberTree(PdfDictionary? node, Dictionary<int, PdfItem> into)
    {
        if (node is null)
        {
            return;
        }
        if (node.Elements.GetArray("/Nums") is { } nums)
        {
            for (var i = 0; i + 1 < nums.Elements.Count; i += 2)
            {
                if (Resolve(nums.Elements[i]) is PdfInteger number)
                {
                    into[number.Value] = nums.Elements[i + 1];
                }
            }
        }
        foreach (var kid in node.Elements.GetArray("/Kids")?.Elements.ToList() ?? [])
        {
            ReadNumberTree(Resolve(kid) as PdfDictionary, into);
        }
    }

    /// <summary>Sets an element's /K: nothing, one item, or an array.</summary>
    public static void SetKids(PdfDictionary element, List<PdfItem> kids)
    {
        if (kids.Count == 0)
        {
            element.Elements.Remove("/K");
            return;
        }
        if (kids.Count == 1)
        {
            element.Elements["/K"] = kids[0];
            return;
        }
        var array = new PdfArray(element.Owner);
        foreach (var kid in kids)
        {
            array.Elements.Add(kid);
        }
        element.Elements["/K"] = array;
    }

    private PdfReference ReferenceTo(PdfDictionary element)
    {
        if (element.Reference is null)
        {
            document.Internals.AddObject(element);
        }
        return element.Reference!;
    }

    private static List<PdfItem> Items(PdfItem? item) => Resolve(item) switch
    {
        null => [],
        PdfArray array => [.. array.Elements],
        _ => [item!],
    };
}
