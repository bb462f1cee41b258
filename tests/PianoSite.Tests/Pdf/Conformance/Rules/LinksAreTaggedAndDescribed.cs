using PdfSharp.Pdf;

namespace PianoSite.Tests.Pdf.Conformance.Rules;

/// <summary>
/// ISO 14289-1, 7.18.5: every link annotation is the kid (an object reference) of a Link element (Matterhorn
/// 28-011) and describes its target in /Contents (28-012); 7.18.1: any other annotation (but a hidden or printer's
/// mark) sits in an Annot element (28-002) and has /Contents (28-004). The annotation's /StructParent leads,
/// through the parent tree, to that element.
/// </summary>
public sealed class LinksAreTaggedAndDescribed : IPdfUaRule
{
    public string Reference => "Matterhorn 28-002, 28-004, 28-011, 28-012; ISO 14289-1 7.18.1, 7.18.5";

    public IEnumerable<string> Check(PdfUaDocument pdf)
    {
        var number = 0;
        foreach (var page in pdf.Document.Pages)
        {
            number++;
            foreach (var annotation in (page.Elements.GetArray("/Annots")?.Elements.ToList() ?? []).Select(PdfUaDocument.Resolve).OfType<PdfDictionary>())
            {
                var subtype = annotation.Elements.GetName("/Subtype").TrimStart('/');
                if (subtype is "Widget" or "PrinterMark" || (annotation.Elements.GetInteger("/F") & 2) != 0)
                {
                    continue;
                }
                var expected = subtype == "Link" ? "Link" : "Annot";
                var owner = annotation.Elements.ContainsKey("/StructParent")
                    ? pdf.ParentTreeEntry(annotation.Elements.GetInteger("/StructParent")) is PdfDictionary dictionary ? pdf.Element(dictionary) : null
                    : null;
                if (owner?.StandardType != expected || !Lists(owner, annotation))
                {
                    yield return $"page {number}: a {subtype} annotation is not the kid of a {expected} element through its /StructParent";
                }
                if (string.IsNullOrWhiteSpace(annotation.Elements.GetString("/Contents")))
                {
                    yield return $"page {number}: a {subtype} annotation has no /Contents describing it";
                }
            }
        }
    }

    private static bool Lists(StructElement element, PdfDictionary annotation) =>
        PdfUaDocument.Items(element.Dictionary.Elements["/K"]).Select(PdfUaDocument.Resolve).OfType<PdfDictionary>()
            .Any(k => k.Elements.GetName("/Type") == "/OBJR" && ReferenceEquals(PdfUaDocument.Resolve(k.Elements["/Obj"]), annotation));
}
