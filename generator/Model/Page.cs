using PianoSite.Diagnostics;

namespace PianoSite.Model;

/// <summary>A prose page from content/pagine/slug.md (vision, directions, agenda introduction, ...).</summary>
public sealed record Page(string Slug, string Title, Prose Body, SourceSpan Span);
