namespace PianoSite.Render.Catalogue;

/// <summary>One statement. Subjects are IRIs: the catalogue names every node, so that its two serialisations are the same graph.</summary>
public sealed record RdfTriple(string Subject, string Predicate, RdfTerm Value);
