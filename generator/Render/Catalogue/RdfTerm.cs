namespace PianoSite.Render.Catalogue;

/// <summary>The object of a triple: an IRI, or a literal with a language tag or a datatype (never both).</summary>
public readonly record struct RdfTerm(string Value, bool IsIri, string? Language = null, string? Datatype = null)
{
    public static RdfTerm Iri(string iri) => new(iri, IsIri: true);

    /// <summary>Text in a language ("it"): titles and descriptions.</summary>
    public static RdfTerm Text(string text, string language) => new(text, IsIri: false, Language: language);

    /// <summary>A plain string (identifiers, codes).</summary>
    public static RdfTerm Plain(string text) => new(text, IsIri: false);

    public static RdfTerm Date(DateOnly date) =>
        new(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), IsIri: false, Datatype: Rdf.Xsd + "date");
}
