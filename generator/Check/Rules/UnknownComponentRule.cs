using PianoSite.Diagnostics;
using PianoSite.Model;

namespace PianoSite.Check.Rules;

/// <summary>PS2002: every component code an objective names must be defined in pnrr.yml.</summary>
public sealed class UnknownComponentRule : IRule
{
    public IEnumerable<Diagnostic> Check(Plan plan, PlanIndex index)
    {
        foreach (var objective in plan.Objectives)
        {
            foreach (var component in objective.Components)
            {
                if (!index.Components.ContainsKey(component.Value))
                {
                    yield return Diagnostic.Error(Codes.UnknownComponent, component.Span,
                        $"l'obiettivo {objective.Id} cita la componente «{component.Value}», che non esiste in pnrr.yml{Suggestions.For(component.Value, index.Components.Keys)}",
                        objective.Id);
                }
            }
        }
    }
}
