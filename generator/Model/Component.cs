using System.Collections.Immutable;
using PianoSite.Diagnostics;

namespace PianoSite.Model;

/// <summary>A PNRR component (M1C1 … M6C2) with the actors the official table ticks for it.</summary>
public sealed record Component(string Code, string Title, ImmutableArray<Located<string>> Actors, SourceSpan Span)
{
    /// <summary>M1C1 belongs to M1.</summary>
    public string MissionCode => Code[..Code.IndexOf('C', StringComparison.Ordinal)];

    public string Slug => Code.ToLowerInvariant();

    public bool HasActor(string actorId) => LocatedValues.Contains(Actors, actorId);
}
