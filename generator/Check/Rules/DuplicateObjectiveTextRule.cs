using PianoSite.Diagnostics;
using PianoSite.Model;

namespace PianoSite.Check.Rules;

/// <summary>PS3001 (warning): the same objective text twice is usually a copy-and-paste slip.</summary>
public sealed class DuplicateObjectiveTextRule : IRule
{
    public IEnumerable<Diagnostic> Check(Plan plan, PlanIndex index)
    {
        var first = new Dictionary<string, Objective>(StringComparer.Ordinal);
        foreach (var objective in plan.Objectives)
        {
            if (!first.TryAdd(objective.Text, objective))
            {
                yield return Diagnostic.Warning(Codes.DuplicateObjectiveText, objective.Span,
                    $"l'obiettivo {objective.Id} ha lo stesso testo dell'obiettivo {first[objective.Text].Id}", objective.Id);
            }
        }
    }
}
