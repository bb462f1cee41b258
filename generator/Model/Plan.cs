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

    /// <summary>Every piece of Markdown prose of the plan: the missions' introductions, the drivers' and the pages' bodies.</summary>
    public IEnumerable<Prose> Prose => Missions.Select(m => m.Intro).Concat(Drivers.Select(d => d.Body)).Concat(Pages.Select(p => p.Body));
}
