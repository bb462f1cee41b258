using System.Xml;
using System.Xml.Linq;

namespace PianoSite.Tests.Pdf.Conformance.Rules;

/// <summary>
/// ISO 14289-1, 7.1 and clause 5: the catalog has an XMP metadata stream (/Type /Metadata, /Subtype /XML;
/// Matterhorn 06-001) with a dc:title (06-003) and the PDF/UA identification, pdfuaid:part 1 in the namespace
/// http://www.aiim.org/pdfua/ns/id/ (06-002). That identification is the claim this checker backs.
/// </summary>
public sealed class XmpIdentifiesPdfUaAndTitle : IPdfUaRule
{
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace PdfUaId = "http://www.aiim.org/pdfua/ns/id/";

    public string Reference => "Matterhorn 06-001, 06-002, 06-003; ISO 14289-1 5, 7.1";

    private static XDocument? Parse(byte[] packet)
    {
        try
        {
            return XDocument.Parse(System.Text.Encoding.UTF8.GetString(packet).TrimStart('\uFEFF'));
        }
        catch (XmlException)
        {
            return null;
        }
    }

    public IEnumerable<string> Check(PdfUaDocument pdf)
    {
        var metadata = pdf.Catalog.Elements.GetDictionary("/Metadata");
        if (metadata?.Stream is null || metadata.Elements.GetName("/Type") != "/Metadata" || metadata.Elements.GetName("/Subtype") != "/XML")
        {
            yield return "the catalog has no /Metadata stream of /Type /Metadata and /Subtype /XML";
            yield break;
        }
        var xmp = Parse(metadata.Stream.UnfilteredValue);
        if (xmp is null)
        {
            yield return "the XMP metadata is not well-formed XML";
            yield break;
        }
        var descriptions = xmp.Descendants(Rdf + "Description").ToList();
        var title = descriptions.Elements(Dc + "title").Descendants(Rdf + "li").FirstOrDefault()?.Value;
        if (string.IsNullOrWhiteSpace(title))
        {
            yield return "the XMP metadata has no dc:title";
        }
        var part = descriptions.Elements(PdfUaId + "part").Select(e => e.Value)
            .Concat(descriptions.Attributes(PdfUaId + "part").Select(a => a.Value)).FirstOrDefault();
        if (part != "1")
        {
            yield return part is null ? "the XMP metadata has no pdfuaid:part" : $"the XMP metadata's pdfuaid:part is «{part}», not 1";
        }
    }
}
