using PianoSite.Diagnostics;

namespace PianoSite.Verify;

/// <summary>A link found on a page: the attribute's value and where it is written in the page.</summary>
public sealed record PageLink(string Href, SourceSpan Span);
