using System.Collections.Immutable;
using PianoSite.Diagnostics;

namespace PianoSite.Model;

/// <summary>
/// Markdown prose from the content, with its HTML and plain text prepared once by the parse stage's frozen
/// Markdig pipeline (the raw HTML and unsafe links it refuses never get this far).
/// </summary>
public sealed record Prose(string Markdown, string Html, string PlainText, SourceSpan Span)
{
    /// <summary>The links to pages of the site it holds, in the order written (the verify stage checks where they lead).</summary>
    public ImmutableArray<ProseLink> Links { get; init; } = [];

    public static Prose Empty(SourceSpan span) => new(string.Empty, string.Empty, string.Empty, span);

    public bool IsEmpty => Markdown.Length == 0;
}
