using System.Collections.Immutable;
using PianoSite.Diagnostics;

namespace PianoSite.Model;

/// <summary>A strategic objective: one row of a mission's official table.</summary>
public sealed record Objective(
    string MissionCode,
    int Number,
    string Text,
    ImmutableArray<Located<string>> Actors,
    ImmutableArray<Located<string>> Components,
    ImmutableArray<Located<int>> Drivers,
    SourceSpan Span)
{
    /// <summary>How the plan cites it: M1.4.</summary>
    public string Id => $"{MissionCode}.{Number}";

    /// <summary>The stable anchor on its mission page: obiettivo-m1-4.</summary>
    public string Anchor => $"obiettivo-{MissionCode.ToLowerInvariant()}-{Number}";

    public bool HasActor(string actorId) => LocatedValues.Contains(Actors, actorId);
}
