using PianoSite.Diagnostics;
using PianoSite.Model;

namespace PianoSite.Check.Rules;

/// <summary>PS2002: every component code an objective names must be defined in pnrr.yml.</summary>
public sealed class UnknownComponentRule : IRule
{
    public IEnumerable<Diagnostic> Check(Plan plan, PlanIndex index)
    {
        return plan.Objectives
            .SelectMany(o => o.Components.Select(c => (Objective: o, Component: c)))
            .Where(x => !index.Components.ContainsKey(x.Component.Value))
            .Select(x => Diagnostic.Error(Codes.UnknownComponent, x.Component.Span,
                $"l'obiettivo {x.Objective.Id} cita la componente «{x.Component.Value}», che non esiste in pnrr.yml{Suggestions.For(x.Component.Value, index.Components.Keys)}",
                x.Objective.Id));
    }
}
