using PianoSite.Diagnostics;
using PianoSite.Model;

namespace PianoSite.Check.Rules;

/// <summary>PS2006: an objective's drivers must exist in content/agenda/.</summary>
public sealed class UnknownDriverRule : IRule
{
    public IEnumerable<Diagnostic> Check(Plan plan, PlanIndex index)
    {
        return plan.Objectives
            .SelectMany(o => o.Drivers.Select(d => (Objective: o, Driver: d)))
            .Where(x => !index.Drivers.Contains(x.Driver.Value))
            .Select(x => Diagnostic.Error(Codes.UnknownDriver, x.Driver.Span,
                $"l'obiettivo {x.Objective.Id} cita il driver {x.Driver.Value}, che non esiste in content/agenda/",
                x.Objective.Id));
    }
}
