using System.Text;
using System.Xml;

namespace PianoSite.Render.Catalogue;

/// <summary>
/// RDF/XML, the serialisation the national catalogue's harvester reads first: one rdf:Description per subject,
/// IRIs as rdf:resource, literals with xml:lang or rdf:datatype. The XmlWriter escapes every value; each predicate
/// is split into a declared namespace and a local name (every predicate of the catalogue is in <see cref="Rdf.Prefixes"/>).
/// </summary>
public static class RdfXmlWriter
{
    public static byte[] Write(IReadOnlyList<RdfTriple> triples)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("rdf", "RDF", Rdf.RdfNs);
            foreach (var (prefix, ns) in Rdf.Prefixes)
            {
                xml.WriteAttributeString("xmlns", prefix, null, ns);
            }
            foreach (var subject in triples.GroupBy(t => t.Subject, StringComparer.Ordinal))
            {
                xml.WriteStartElement("rdf", "Description", Rdf.RdfNs);
                xml.WriteAttributeString("rdf", "about", Rdf.RdfNs, subject.Key);
                foreach (var triple in subject)
                {
                    var (prefix, ns) = Rdf.Prefixes.First(p => triple.Predicate.StartsWith(p.Namespace, StringComparison.Ordinal));
                    xml.WriteStartElement(prefix, triple.Predicate[ns.Length..], ns);
                    var term = triple.Value;
                    if (term.IsIri)
                    {
                        xml.WriteAttributeString("rdf", "resource", Rdf.RdfNs, term.Value);
                    }
                    else
                    {
                        if (term.Language is { } language)
                        {
                            xml.WriteAttributeString("xml", "lang", null, language);
                        }
                        else if (term.Datatype is { } datatype)
                        {
                            xml.WriteAttributeString("rdf", "datatype", Rdf.RdfNs, datatype);
                        }
                        xml.WriteString(term.Value);
                    }
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
