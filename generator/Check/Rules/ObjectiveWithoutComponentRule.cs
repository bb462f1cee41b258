using PianoSite.Diagnostics;
using PianoSite.Model;

namespace PianoSite.Check.Rules;

/// <summary>PS2001: the plan's owners require every objective to serve at least one PNRR component.</summary>
public sealed class ObjectiveWithoutComponentRule : IRule
{
    public IEnumerable<Diagnostic> Check(Plan plan, PlanIndex index) => plan.Objectives
        .Where(o => o.Components.IsEmpty)
        .Select(o => Diagnostic.Error(Codes.ObjectiveWithoutComponent, o.Span,
            $"l'obiettivo {o.Id} non è collegato ad alcuna componente PNRR: aggiungere components: [{o.MissionCode}C1] (o il codice giusto)", o.Id));
}
