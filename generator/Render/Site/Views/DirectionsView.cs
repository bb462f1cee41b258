using PianoSite.Render.Templates;
using System.Collections.Immutable;

namespace PianoSite.Render.Site;

/// <summary>/obiettivi-strategici/: the introduction with the three directions, then the PNRR components × actors table.</summary>
public sealed record DirectionsView(
    TrustedHtml IntroHtml,
    string Caption,
    ImmutableArray<string> ActorNames,
    ImmutableArray<ComponentActorsRow> Components);

public sealed record ComponentActorsRow(LinkView Component, string Title, LinkView Mission, ImmutableArray<MarkCell> Actors, int ObjectiveCount);
