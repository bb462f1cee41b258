using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace PianoSite.Pdf;

/// <summary>
/// The XMP metadata packet of the PDF edition: Dublin Core title, creator, description, language and rights,
/// the dates (when the build has a source date), the producer, and the PDF/UA identification (pdfuaid:part 1). Built with System.Xml, so every
/// value is escaped, and written the same way every time.
/// </summary>
public static class XmpPacket
{
    private static readonly XNamespace X = "adobe:ns:meta/";
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Xmp = "http://ns.adobe.com/xap/1.0/";
    private static readonly XNamespace Pdf = "http://ns.adobe.com/pdf/1.3/";
    private static readonly XNamespace XmpRights = "http://ns.adobe.com/xap/1.0/rights/";
    private static readonly XNamespace PdfUaId = "http://www.aiim.org/pdfua/ns/id/";

    public static byte[] Build(PdfDocumentInfo info, string producer)
    {
        var date = info.Timestamp?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var description = new XElement(Rdf + "Description",
            new XAttribute(Rdf + "about", string.Empty),
            new XAttribute(XNamespace.Xmlns + "dc", Dc),
            new XAttribute(XNamespace.Xmlns + "xmp", Xmp),
            new XAttribute(XNamespace.Xmlns + "pdf", Pdf),
            new XAttribute(XNamespace.Xmlns + "xmpRights", XmpRights),
            new XAttribute(XNamespace.Xmlns + "pdfuaid", PdfUaId),
            new XElement(Dc + "format", "application/pdf"),
            new XElement(Dc + "title", Alternatives(info.Title)),
            new XElement(Dc + "creator", new XElement(Rdf + "Seq", new XElement(Rdf + "li", info.Author))),
            new XElement(Dc + "description", Alternatives(info.Subject)),
            new XElement(Dc + "language", new XElement(Rdf + "Bag", new XElement(Rdf + "li", info.Language))),
            new XElement(Dc + "rights", Alternatives(info.Rights)),
            // No timestamp, no date elements: XMP's dates are optional, and none is better than an invented one.
            date is null ? null : new XElement(Xmp + "CreateDate", date),
            date is null ? null : new XElement(Xmp + "ModifyDate", date),
            date is null ? null : new XElement(Xmp + "MetadataDate", date),
            new XElement(Xmp + "CreatorTool", info.Creator),
            new XElement(Pdf + "Producer", producer),
            new XElement(Pdf + "Keywords", info.Keywords),
            new XElement(XmpRights + "Marked", "True"),
            new XElement(XmpRights + "WebStatement", info.RightsUrl),
            new XElement(PdfUaId + "part", "1"));
        var meta = new XElement(X + "xmpmeta",
            new XAttribute(XNamespace.Xmlns + "x", X),
            new XElement(Rdf + "RDF", new XAttribute(XNamespace.Xmlns + "rdf", Rdf), description));

        var text = new StringBuilder();
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, Indent = true, IndentChars = " ", NewLineChars = "\n" };
        using (var writer = XmlWriter.Create(text, settings))
        {
            meta.WriteTo(writer);
        }
        // The packet wrapper of the XMP specification; begin="\uFEFF" is the byte-order mark, written as UTF-8.
        var packet = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n" + text + "\n<?xpacket end=\"r\"?>";
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(packet);
    }

    private static XElement Alternatives(string value) =>
        new(Rdf + "Alt", new XElement(Rdf + "li", new XAttribute(XNamespace.Xml + "lang", "x-default"), value));
}
