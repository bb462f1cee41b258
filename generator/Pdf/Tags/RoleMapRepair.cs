using System.Collections.Frozen;
using PdfSharp.Pdf;

namespace PianoSite.Pdf.Tags;

/// <summary>
/// ISO 14289-1, 7.1 (Matterhorn checkpoint 02-001): every structure type that is not a standard type of
/// ISO 32000-1 (14.8.4) is mapped, in the /RoleMap of the structure tree root, to the nearest standard type.
/// Chromium writes the HTML names of some inline elements, standard only from PDF 2.0 on ("Strong", "Em"):
/// they are spans of text whose emphasis the page shows. Types not in <see cref="Mappings"/> are left as they are,
/// and the PDF/UA checker of the tests names them.
/// </summary>
public static class RoleMapRepair
{
    /// <summary>The types Chromium writes that PDF 1.7 does not define, and the standard type each stands for.</summary>
    public static FrozenDictionary<string, string> Mappings { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Strong"] = "Span",
        ["Em"] = "Span",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <returns>the types that were mapped.</returns>
    public static IReadOnlyList<string> Repair(StructureTree tree)
    {
        var used = tree.Elements().Select(StructureTree.Type).Where(Mappings.ContainsKey).Distinct().Order(StringComparer.Ordinal).ToList();
        if (used.Count == 0)
        {
            return used;
        }
        var roleMap = tree.Root.Elements.GetDictionary("/RoleMap") ?? new PdfDictionary(tree.Root.Owner);
        foreach (var type in used)
        {
            roleMap.Elements.SetName("/" + type, "/" + Mappings[type]);
        }
        tree.Root.Elements["/RoleMap"] = roleMap;
        return used;
    }
}
