using PianoSite.Diagnostics;
using PianoSite.Model;

namespace PianoSite.Check.Rules;

/// <summary>PS2003 (warning): an objective normally serves components of its own mission.</summary>
public sealed class ComponentOfOtherMissionRule : IRule
{
    public IEnumerable<Diagnostic> Check(Plan plan, PlanIndex index) => ObjectiveReferences.Of(plan, o => o.Components)
        .Where(x => index.Components.TryGetValue(x.Reference.Value, out var component) && component.MissionCode != x.Objective.MissionCode)
        .Select(x => Diagnostic.Warning(Codes.ComponentOfOtherMission, x.Reference.Span,
            $"l'obiettivo {x.Objective.Id} della missione {x.Objective.MissionCode} è collegato alla componente {x.Reference.Value} di un'altra missione: verificare, oppure accettare l'avviso in controlli.yml",
            $"{x.Objective.Id} {x.Reference.Value}"));
}
