using PianoSite.Diagnostics;
using PianoSite.Model;

namespace PianoSite.Check.Rules;

/// <summary>PS3002 (warning): an objective's actor should act in at least one of the objective's components.</summary>
public sealed class ActorNotCoveredByComponentsRule : IRule
{
    // Loops rather than queries: this runs over every actor of every objective on each save in the preview.
    public IEnumerable<Diagnostic> Check(Plan plan, PlanIndex index)
    {
        var components = new List<Component>();
        foreach (var objective in plan.Objectives)
        {
            components.Clear();
            foreach (var code in objective.Components)
            {
                if (index.Components.TryGetValue(code.Value, out var component))
                {
                    components.Add(component);
                }
            }
            if (components.Count == 0)
            {
                continue;
            }
            foreach (var actor in objective.Actors)
            {
                if (!components.Exists(c => c.HasActor(actor.Value)))
                {
                    yield return Diagnostic.Warning(Codes.ActorNotCoveredByComponents, actor.Span,
                        $"l'obiettivo {objective.Id} coinvolge l'attore «{actor.Value}», che non opera in alcuna delle sue componenti ({string.Join(", ", components.Select(c => c.Code))})",
                        $"{objective.Id} {actor.Value}");
                }
            }
        }
    }
}
