using System.Collections.Immutable;
using PianoSite.Model;

namespace PianoSite.Render.Site;

/// <summary>
/// The plan's cross references, indexed once per render (plain dictionaries: a frozen one costs more to build
/// than the few thousand lookups of a preview's rebuild save) so that every page is built in time linear in
/// the objectives it shows (plans with thousands of objectives render without quadratic scans).
/// Unknown references are skipped here: the check stage has already reported them.
/// </summary>
public sealed class SiteLookup
{
    public SiteLookup(Plan plan)
    {
        Components = plan.Components.DistinctBy(c => c.Code).ToDictionary(c => c.Code, StringComparer.Ordinal);
        Drivers = plan.Drivers.DistinctBy(d => d.Number).ToDictionary(d => d.Number);
        Keywords = plan.Keywords.DistinctBy(k => k.Id).ToDictionary(k => k.Id, StringComparer.Ordinal);
        Missions = plan.Missions.DistinctBy(m => m.Code).ToDictionary(m => m.Code, StringComparer.Ordinal);

        var byComponent = new Dictionary<string, List<Objective>>(StringComparer.Ordinal);
        var byDriver = new Dictionary<int, List<Objective>>();
        var byActor = new Dictionary<string, List<Objective>>(StringComparer.Ordinal);
        foreach (var objective in plan.Objectives)
        {
            // An objective listing the same reference twice is listed once (Append skips it when it is already last).
            foreach (var code in objective.Components)
            {
                Append(byComponent, code.Value, objective);
            }
            foreach (var number in objective.Drivers)
            {
                Append(byDriver, number.Value, objective);
            }
            foreach (var actor in objective.Actors)
            {
                Append(byActor, actor.Value, objective);
            }
        }
        ObjectivesByComponent = Freeze(byComponent, StringComparer.Ordinal);
        ObjectivesByDriver = Freeze(byDriver, EqualityComparer<int>.Default);
        ObjectivesByActor = Freeze(byActor, StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, Component> Components { get; }

    public IReadOnlyDictionary<int, Driver> Drivers { get; }

    public IReadOnlyDictionary<string, Keyword> Keywords { get; }

    public IReadOnlyDictionary<string, Mission> Missions { get; }

    /// <summary>Objectives in plan order (mission, then number as written).</summary>
    public IReadOnlyDictionary<string, ImmutableArray<Objective>> ObjectivesByComponent { get; }

    public IReadOnlyDictionary<int, ImmutableArray<Objective>> ObjectivesByDriver { get; }

    public IReadOnlyDictionary<string, ImmutableArray<Objective>> ObjectivesByActor { get; }

    public ImmutableArray<Objective> OfComponent(string code) => ObjectivesByComponent.GetValueOrDefault(code, []);

    public ImmutableArray<Objective> OfDriver(int number) => ObjectivesByDriver.GetValueOrDefault(number, []);

    public ImmutableArray<Objective> OfActor(string id) => ObjectivesByActor.GetValueOrDefault(id, []);

    private static void Append<TKey>(Dictionary<TKey, List<Objective>> index, TKey key, Objective objective)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }
        if (list.Count == 0 || !ReferenceEquals(list[^1], objective))
        {
            list.Add(objective);
        }
    }

    private static Dictionary<TKey, ImmutableArray<Objective>> Freeze<TKey>(Dictionary<TKey, List<Objective>> index, IEqualityComparer<TKey> comparer)
        where TKey : notnull =>
        index.ToDictionary(e => e.Key, e => e.Value.ToImmutableArray(), comparer);
}
