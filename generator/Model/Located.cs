using PianoSite.Diagnostics;

namespace PianoSite.Model;

/// <summary>A value read from a file, with where it was written.</summary>
public sealed record Located<T>(T Value, SourceSpan Span);
