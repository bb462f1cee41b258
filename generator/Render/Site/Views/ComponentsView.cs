using System.Collections.Immutable;

namespace PianoSite.Render.Site;

/// <summary>/pnrr/: the PNRR components grouped by mission.</summary>
public sealed record ComponentsView(ImmutableArray<ComponentGroup> Missions);

public sealed record ComponentGroup(string HeadingId, string Title, string MissionHref, ImmutableArray<ComponentSummary> Components);

public sealed record ComponentSummary(string Code, string Title, string Href, int ObjectiveCount, string ActorNames);
