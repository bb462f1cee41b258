using System.Collections.Immutable;

namespace PianoSite.Render.Site;

/// <summary>/pnrr/m1c1/: one PNRR component, its actors and every objective linked to it.</summary>
public sealed record ComponentView(
    string Code,
    string Title,
    LinkView Mission,
    ImmutableArray<string> ActorNames,
    ObjectiveTable? Table,
    PagerView Pager);
