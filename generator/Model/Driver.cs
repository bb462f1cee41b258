using PianoSite.Diagnostics;

namespace PianoSite.Model;

/// <summary>One driver of the Agenda strategica, from content/agenda/NN-slug.md.</summary>
public sealed record Driver(int Number, string Slug, string Title, string Subtitle, string Lead, Prose Body, SourceSpan Span);
