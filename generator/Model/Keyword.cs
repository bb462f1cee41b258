using PianoSite.Diagnostics;

namespace PianoSite.Model;

/// <summary>One of the five keywords of the vision (a column of the vision matrix).</summary>
public sealed record Keyword(string Id, string Name, SourceSpan Span);
