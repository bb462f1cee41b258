using PianoSite.Diagnostics;
using PianoSite.Model;

namespace PianoSite.Check.Rules;

/// <summary>PS3004 (warning): every driver should carry out at least one objective.</summary>
public sealed class DriverWithoutObjectiveRule : IRule
{
    public IEnumerable<Diagnostic> Check(Plan plan, PlanIndex index)
    {
        var linked = plan.Objectives.SelectMany(o => o.Drivers).Select(d => d.Value).ToHashSet();
        return plan.Drivers
            .Where(d => !linked.Contains(d.Number))
            .Select(d => Diagnostic.Warning(Codes.DriverWithoutObjective, d.Span,
                $"nessun obiettivo è collegato al driver {d.Number} «{d.Title}»: indicarlo in drivers degli obiettivi che attua",
                $"driver {d.Number}"));
    }
}
