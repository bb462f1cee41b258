using System.Collections.Immutable;

namespace PianoSite.Render.Site;

/// <summary>/attori/: the actors of the plan with how many objectives involve each.</summary>
public sealed record ActorsView(ImmutableArray<ActorSummary> Actors);

public sealed record ActorSummary(string Name, string Href, int ObjectiveCount, int MissionCount);
