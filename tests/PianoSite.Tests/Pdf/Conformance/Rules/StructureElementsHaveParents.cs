using PdfSharp.Pdf;

namespace PianoSite.Tests.Pdf.Conformance.Rules;

/// <summary>
/// ISO 14289-1, 7.1 and ISO 32000-1, 14.7.2 (Table 323): every structure element names in /P the element, or the
/// structure tree root, that lists it among its kids — the way up a reader takes from content to its context.
/// </summary>
public sealed class StructureElementsHaveParents : IPdfUaRule
{
    public string Reference => "ISO 14289-1 7.1; ISO 32000-1 14.7.2, Table 323";

    public IEnumerable<string> Check(PdfUaDocument pdf)
    {
        foreach (var element in pdf.Elements)
        {
            var named = PdfUaDocument.Resolve(element.Dictionary.Elements["/P"]) as PdfDictionary;
            var expected = element.Parent?.Dictionary ?? pdf.StructTreeRoot;
            if (!ReferenceEquals(named, expected))
            {
                yield return $"{element.Describe()} has {(named is null ? "no /P" : "a /P that is not the element listing it")}";
            }
        }
    }
}
