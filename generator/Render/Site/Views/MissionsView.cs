using PianoSite.Render.Templates;
using System.Collections.Immutable;

namespace PianoSite.Render.Site;

/// <summary>/missioni/: the six missions as entry points.</summary>
public sealed record MissionsView(ImmutableArray<MissionCard> Missions);

public sealed record MissionCard(string Code, int Number, string Title, string Href, TrustedHtml IntroHtml, int ObjectiveCount, ImmutableArray<LinkView> Components);
