using PianoSite.Diagnostics;

namespace PianoSite.Model;

/// <summary>One of the actor columns of the official tables (cm, comuni, corpi-intermedi).</summary>
public sealed record Actor(string Id, string Name, SourceSpan Span);
