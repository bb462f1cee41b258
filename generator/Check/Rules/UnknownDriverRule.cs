using PianoSite.Diagnostics;
using PianoSite.Model;

namespace PianoSite.Check.Rules;

/// <summary>PS2006: an objective's drivers must exist in content/agenda/.</summary>
public sealed class UnknownDriverRule : IRule
{
    public IEnumerable<Diagnostic> Check(Plan plan, PlanIndex index) => ObjectiveReferences.Of(plan, o => o.Drivers)
        .Where(x => !index.Drivers.Contains(x.Reference.Value))
        .Select(x => Diagnostic.Error(Codes.UnknownDriver, x.Reference.Span,
            $"l'obiettivo {x.Objective.Id} cita il driver {x.Reference.Value}, che non esiste in content/agenda/",
            x.Objective.Id));
}
