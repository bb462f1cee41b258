using PianoSite.Model;

namespace PianoSite.Check;

/// <summary>Lookups the rules share: what ids, codes and numbers exist in the plan.</summary>
public sealed class PlanIndex
{
    public PlanIndex(Plan plan)
    {
        Actors = plan.Actors.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        Keywords = plan.Keywords.Select(k => k.Id).ToHashSet(StringComparer.Ordinal);
        Components = plan.Components.DistinctBy(c => c.Code).ToDictionary(c => c.Code, StringComparer.Ordinal);
        Drivers = plan.Drivers.Select(d => d.Number).ToHashSet();
    }

    public IReadOnlySet<string> Actors { get; }

    public IReadOnlySet<string> Keywords { get; }

    public IReadOnlyDictionary<string, Component> Components { get; }

    public IReadOnlySet<int> Drivers { get; }
}
