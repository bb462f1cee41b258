namespace PianoSite.Tests.Pdf.Conformance.Rules;

/// <summary>
/// ISO 14289-1, 7.1: every structure type is a standard type of ISO 32000-1 (14.8.4) or is mapped to one in the
/// /RoleMap, maybe through other non-standard types (Matterhorn 02-001); a mapping never loops (02-002); a standard
/// type is never remapped (02-003).
/// </summary>
public sealed class StructureTypesAreStandardOrRoleMapped : IPdfUaRule
{
    public string Reference => "Matterhorn 02-001, 02-002, 02-003; ISO 14289-1 7.1; ISO 32000-1 14.8.4";

    public IEnumerable<string> Check(PdfUaDocument pdf)
    {
        foreach (var type in pdf.Elements.Where(e => e.StandardType is null).Select(e => e.Type).Distinct().Order(StringComparer.Ordinal))
        {
            var count = pdf.Elements.Count(e => e.Type == type);
            yield return $"{count} elements of type {type}, which is not standard and not mapped to a standard type";
        }
        foreach (var key in pdf.RoleMap?.Elements.Keys ?? [])
        {
            if (PdfUaDocument.StandardTypes.Contains(key.TrimStart('/')))
            {
                yield return $"the role map remaps the standard type {key.TrimStart('/')}";
            }
        }
    }
}
