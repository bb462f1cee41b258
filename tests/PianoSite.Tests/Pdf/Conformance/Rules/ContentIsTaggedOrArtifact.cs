using PdfSharp.Pdf;
using PianoSite.Pdf;
using PianoSite.Pdf.Text;

namespace PianoSite.Tests.Pdf.Conformance.Rules;

/// <summary>
/// ISO 14289-1, 7.1: everything a page draws is either real content, inside a marked-content sequence whose MCID
/// belongs to a structure element (found through the parent tree, ISO 32000-1, 14.7.4.4), or an artifact
/// (Matterhorn 01-005); an artifact is never inside real content (01-003), nor real content inside an artifact
/// (01-004). A reader skips artifacts and reads the rest from the structure: what is neither is lost to it.
/// </summary>
public sealed class ContentIsTaggedOrArtifact : IPdfUaRule
{
    private const int MessagesPerPage = 3;

    public string Reference => "Matterhorn 01-003, 01-004, 01-005; ISO 14289-1 7.1; ISO 32000-1 14.7.4.4, 14.8.2.2";

    public IEnumerable<string> Check(PdfUaDocument pdf)
    {
        var number = 0;
        foreach (var page in pdf.Document.Pages)
        {
            number++;
            foreach (var problem in CheckPage(pdf, page, number).Take(MessagesPerPage))
            {
                yield return problem;
            }
        }
    }

    private static IEnumerable<string> CheckPage(PdfUaDocument pdf, PdfPage page, int number)
    {
        var content = PageContent.Read(page);
        var open = new Stack<(bool Artifact, bool Tagged)>();
        foreach (var op in ContentStreamLexer.Read(content))
        {
            var inArtifact = open.Any(m => m.Artifact);
            var tagged = open.Any(m => m.Tagged);
            switch (op.Operator)
            {
                case "BMC" or "BDC":
                    var operands = ContentOperands.Read(content, op);
                    var isArtifact = operands.FirstOrDefault() as string == "/Artifact";
                    var mcid = ContentOperands.Mcid(operands);
                    if (isArtifact && tagged)
                    {
                        yield return $"page {number}: an artifact inside tagged content";
                    }
                    if (mcid is { } id)
                    {
                        if (inArtifact)
                        {
                            yield return $"page {number}: tagged content (MCID {id}) inside an artifact";
                        }
                        if (!Owned(pdf, page, id))
                        {
                            yield return $"page {number}: MCID {id} belongs to no structure element through the parent tree";
                        }
                    }
                    open.Push((isArtifact, mcid is not null));
                    break;
                case "EMC":
                    if (open.Count == 0)
                    {
                        yield return $"page {number}: EMC without a marked-content sequence to close";
                    }
                    else
                    {
                        open.Pop();
                    }
                    break;
                case "Tj" or "TJ" or "'" or "\"" or "S" or "s" or "f" or "F" or "f*" or "B" or "B*" or "b" or "b*" or "Do" or "sh" or "EI" or "ID":
                    if (!inArtifact && !tagged)
                    {
                        yield return $"page {number}: «{op.Operator}» draws outside tagged content and artifacts";
                    }
                    break;
            }
        }
        if (open.Count > 0)
        {
            yield return $"page {number}: {open.Count} marked-content sequences are not closed";
        }
    }

    /// <summary>Whether the parent tree gives the MCID an element that lists it among its kids.</summary>
    private static bool Owned(PdfUaDocument pdf, PdfPage page, int mcid)
    {
        var owner = pdf.ContentOwner(page, mcid);
        return owner is not null && PdfUaDocument.Items(owner.Dictionary.Elements["/K"]).Any(kid => PdfUaDocument.Resolve(kid) switch
        {
            PdfInteger integer => integer.Value == mcid,
            PdfDictionary { } mcr => mcr.Elements.GetName("/Type") == "/MCR" && mcr.Elements.GetInteger("/MCID") == mcid,
            _ => false,
        });
    }
}
