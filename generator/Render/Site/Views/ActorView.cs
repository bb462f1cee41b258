using System.Collections.Immutable;

namespace PianoSite.Render.Site;

/// <summary>/attori/comuni/: the objectives that involve one actor, one table per mission.</summary>
public sealed record ActorView(string Name, int ObjectiveCount, ImmutableArray<ActorMissionGroup> Missions);

public sealed record ActorMissionGroup(string HeadingId, string Title, string MissionHref, ObjectiveTable Table);
