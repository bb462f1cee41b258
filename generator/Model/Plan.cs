using System.Collections.Immutable;

namespace PianoSite.Model;

/// <summary>The whole plan, immutable: what every edition is rendered from.</summary>
public sealed record Plan(
    PlanInfo Info,
    ImmutableArray<Actor> Actors,
    ImmutableArray<Keyword> Keywords,
    ImmutableArray<Mission> Missions,
    ImmutableArray<Component> Components,
    ImmutableArray<Driver> Drivers,
    ImmutableArray<Page> Pages,
    ImmutableArray<AcceptedWarning> AcceptedWarnings)
{
    public IEnumerable<Objective> Objectives => Missions.SelectMany(m => m.Objectives);

    public Page? FindPage(string slug) => Pages.FirstOrDefault(p => p.Slug == slug);
}
