using PianoSite.Diagnostics;
using PianoSite.Model;

namespace PianoSite.Check.Rules;

/// <summary>PS2007: objective numbers are unique within a mission (they are cited as M1.4 and anchored).</summary>
public sealed class DuplicateObjectiveNumberRule : IRule
{
    public IEnumerable<Diagnostic> Check(Plan plan, PlanIndex index) => plan.Missions
        .SelectMany(m => m.Objectives.GroupBy(o => o.Number).Where(g => g.Count() > 1))
        .SelectMany(g => g.Skip(1).Select(o => Diagnostic.Error(Codes.DuplicateObjectiveNumber, o.Span,
            $"il numero {o.Number} è già usato da un altro obiettivo della missione {o.MissionCode} (riga {g.First().Span.Line})", o.Id)));
}
