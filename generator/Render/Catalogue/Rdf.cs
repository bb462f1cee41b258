using System.Collections.Immutable;

namespace PianoSite.Render.Catalogue;

/// <summary>The namespaces of the catalogue, with the prefixes the DCAT-AP_IT guide uses in its examples.</summary>
public static class Rdf
{
    public const string RdfNs = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string Xsd = "http://www.w3.org/2001/XMLSchema#";
    public const string Dcat = "http://www.w3.org/ns/dcat#";
    public const string Dct = "http://purl.org/dc/terms/";
    public const string DcatApIt = "http://dati.gov.it/onto/dcatapit#";
    public const string Foaf = "http://xmlns.com/foaf/0.1/";
    public const string Vcard = "http://www.w3.org/2006/vcard/ns#";

    public const string Type = RdfNs + "type";

    /// <summary>Prefix and namespace, in the order the serialisations declare them.</summary>
    public static ImmutableArray<(string Prefix, string Namespace)> Prefixes { get; } =
    [
        ("rdf", RdfNs), ("dcat", Dcat), ("dcatapit", DcatApIt), ("dct", Dct), ("foaf", Foaf), ("vcard", Vcard), ("xsd", Xsd),
    ];
}
