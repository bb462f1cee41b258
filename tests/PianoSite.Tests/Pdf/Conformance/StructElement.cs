using PdfSharp.Pdf;

namespace PianoSite.Tests.Pdf.Conformance;

/// <summary>One structure element as the checker sees it: its type, the standard type it maps to, where it sits.</summary>
public sealed class StructElement(PdfDictionary dictionary, string type, string? standardType, StructElement? parent, int index)
{
    public PdfDictionary Dictionary { get; } = dictionary;

    /// <summary>/S as written.</summary>
    public string Type { get; } = type;

    /// <summary>The standard type of ISO 32000-1, 14.8.4 that <see cref="Type"/> is or maps to; null when it reaches none.</summary>
    public string? StandardType { get; } = standardType;

    /// <summary>The element that lists this one among its kids (null: the structure tree root).</summary>
    public StructElement? Parent { get; } = parent;

    /// <summary>Position in document order (depth first), for messages.</summary>
    public int Index { get; } = index;

    public List<StructElement> Children { get; } = [];

    public string Describe() => $"element {Index + 1} ({Type}{(StandardType is { } s && s != Type ? " → " + s : string.Empty)})";

    /// <summary>An attribute of the element's /A (a dictionary or an array of them, ISO 32000-1, 14.7.5), or null.</summary>
    public PdfItem? Attribute(string key)
    {
        foreach (var attributes in AttributeDictionaries())
        {
            if (attributes.Elements.ContainsKey(key))
            {
                return PdfUaDocument.Resolve(attributes.Elements[key]);
            }
        }
        return null;
    }

    private IEnumerable<PdfDictionary> AttributeDictionaries() => PdfUaDocument.Resolve(Dictionary.Elements["/A"]) switch
    {
        PdfDictionary single => [single],
        PdfArray array => array.Elements.Select(PdfUaDocument.Resolve).OfType<PdfDictionary>(),
        _ => [],
    };
}
