using PianoSite.Diagnostics;
using PianoSite.Model;

namespace PianoSite.Check.Rules;

/// <summary>PS3002 (warning): an objective's actor should act in at least one of the objective's components.</summary>
public sealed class ActorNotCoveredByComponentsRule : IRule
{
    public IEnumerable<Diagnostic> Check(Plan plan, PlanIndex index)
    {
        foreach (var objective in plan.Objectives)
        {
            var components = objective.Components
                .Select(c => index.Components.GetValueOrDefault(c.Value))
                .OfType<Component>()
                .ToArray();
            if (components.Length == 0)
            {
                continue;
            }
            foreach (var actor in objective.Actors.Where(a => !components.Any(c => c.Actors.Any(ca => ca.Value == a.Value))))
            {
                yield return Diagnostic.Warning(Codes.ActorNotCoveredByComponents, actor.Span,
                    $"l'obiettivo {objective.Id} coinvolge l'attore «{actor.Value}», che non opera in alcuna delle sue componenti ({string.Join(", ", components.Select(c => c.Code))})",
                    $"{objective.Id} {actor.Value}");
            }
        }
    }
}
