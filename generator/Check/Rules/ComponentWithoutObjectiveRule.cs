using PianoSite.Diagnostics;
using PianoSite.Model;

namespace PianoSite.Check.Rules;

/// <summary>PS3003 (warning): a PNRR component that no objective serves has an empty page.</summary>
public sealed class ComponentWithoutObjectiveRule : IRule
{
    public IEnumerable<Diagnostic> Check(Plan plan, PlanIndex index)
    {
        var used = plan.Objectives.SelectMany(o => o.Components).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return plan.Components
            .Where(c => !used.Contains(c.Code))
            .Select(c => Diagnostic.Warning(Codes.ComponentWithoutObjective, c.Span,
                $"nessun obiettivo è collegato alla componente {c.Code}", c.Code));
    }
}
