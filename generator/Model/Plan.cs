using System.Collections.Immutable;

namespace PianoSite.Model;

/// <summary>The whole plan, immutable: what every edition is rendered from.</summary>
/// <param name="Catalogue">the open-data catalogue's facts (content/catalogo.yml), null when the file is absent.</param>
public sealed record Plan(
    PlanInfo Info,
    ImmutableArray<Actor> Actors,
    ImmutableArray<Keyword> Keywords,
    ImmutableArray<Mission> Missions,
    ImmutableArray<Component> Components,
    ImmutableArray<Driver> Drivers,
    ImmutableArray<Page> Pages,
    ImmutableArray<AcceptedWarning> AcceptedWarnings,
    CatalogueFacts? Catalogue = null)
{
    public IEnumerable<Objective> Objectives => Missions.SelectMany(m => m.Objectives);

    public Page? FindPage(string slug) => Pages.FirstOrDefault(p => p.Slug == slug);
}
