using PianoSite.Diagnostics;
using PianoSite.Model;

namespace PianoSite.Check.Rules;

/// <summary>PS2003 (warning): an objective normally serves components of its own mission.</summary>
public sealed class ComponentOfOtherMissionRule : IRule
{
    public IEnumerable<Diagnostic> Check(Plan plan, PlanIndex index)
    {
        foreach (var objective in plan.Objectives)
        {
            foreach (var code in objective.Components)
            {
                if (index.Components.TryGetValue(code.Value, out var component) && component.MissionCode != objective.MissionCode)
                {
                    yield return Diagnostic.Warning(Codes.ComponentOfOtherMission, code.Span,
                        $"l'obiettivo {objective.Id} della missione {objective.MissionCode} è collegato alla componente {code.Value} di un'altra missione: verificare, oppure accettare l'avviso in controlli.yml",
                        $"{objective.Id} {code.Value}");
                }
            }
        }
    }
}
