using PianoSite.Diagnostics;
using PianoSite.Model;

namespace PianoSite.Check.Rules;

/// <summary>PS2008: every row of an official objective table ticks at least one actor column.</summary>
public sealed class ObjectiveWithoutActorRule : IRule
{
    public IEnumerable<Diagnostic> Check(Plan plan, PlanIndex index) => plan.Objectives
        .Where(o => o.Actors.IsEmpty)
        .Select(o => Diagnostic.Error(Codes.ObjectiveWithoutActor, o.Span,
            $"l'obiettivo {o.Id} non ha alcun attore: indicare in actors almeno uno tra {string.Join(", ", plan.Actors.Select(a => a.Id))}", o.Id));
}
