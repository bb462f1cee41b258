using System.Collections.Frozen;
using System.Collections.Immutable;
using PianoSite.Model;

namespace PianoSite.Render.Site;

/// <summary>
/// The plan's cross references, indexed once per render so that every page is built in time linear in
/// the objectives it shows (plans with thousands of objectives render without quadratic scans).
/// Unknown references are skipped here: the check stage has already reported them.
/// </summary>
public sealed class SiteLookup
{
    public SiteLookup(Plan plan)
    {
        Components = plan.Components.DistinctBy(c => c.Code).ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
        Drivers = plan.Drivers.DistinctBy(d => d.Number).ToFrozenDictionary(d => d.Number);
        Keywords = plan.Keywords.DistinctBy(k => k.Id).ToFrozenDictionary(k => k.Id, StringComparer.Ordinal);
        Missions = plan.Missions.DistinctBy(m => m.Code).ToFrozenDictionary(m => m.Code, StringComparer.Ordinal);

        var byComponent = new Dictionary<string, List<Objective>>(StringComparer.Ordinal);
        var byDriver = new Dictionary<int, List<Objective>>();
        var byActor = new Dictionary<string, List<Objective>>(StringComparer.Ordinal);
        foreach (var objective in plan.Objectives)
        {
            foreach (var code in objective.Components.Select(c => c.Value).Distinct(StringComparer.Ordinal))
            {
                Append(byComponent, code, objective);
            }
            foreach (var number in objective.Drivers.Select(d => d.Value).Distinct())
            {
                Append(byDriver, number, objective);
            }
            foreach (var actor in objective.Actors.Select(a => a.Value).Distinct(StringComparer.Ordinal))
            {
                Append(byActor, actor, objective);
            }
        }
        ObjectivesByComponent = Freeze(byComponent, StringComparer.Ordinal);
        ObjectivesByDriver = Freeze(byDriver, EqualityComparer<int>.Default);
        ObjectivesByActor = Freeze(byActor, StringComparer.Ordinal);
    }

    public FrozenDictionary<string, Component> Components { get; }

    public FrozenDictionary<int, Driver> Drivers { get; }

    public FrozenDictionary<string, Keyword> Keywords { get; }

    public FrozenDictionary<string, Mission> Missions { get; }

    /// <summary>Objectives in plan order (mission, then number as written).</summary>
    public FrozenDictionary<string, ImmutableArray<Objective>> ObjectivesByComponent { get; }

    public FrozenDictionary<int, ImmutableArray<Objective>> ObjectivesByDriver { get; }

    public FrozenDictionary<string, ImmutableArray<Objective>> ObjectivesByActor { get; }

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
        list.Add(objective);
    }

    private static FrozenDictionary<TKey, ImmutableArray<Objective>> Freeze<TKey>(Dictionary<TKey, List<Objective>> index, IEqualityComparer<TKey> comparer)
        where TKey : notnull =>
        index.ToFrozenDictionary(e => e.Key, e => e.Value.ToImmutableArray(), comparer);
}
