using PianoSite.Diagnostics;
using PianoSite.Model;

namespace PianoSite.Check.Rules;

/// <summary>PS2004: objectives and components may only name the actors defined in piano.yml.</summary>
public sealed class UnknownActorRule : IRule
{
    public IEnumerable<Diagnostic> Check(Plan plan, PlanIndex index)
    {
        // The owner's words are made only for an actor reported: this runs over every actor of every objective.
        var fromObjectives = ObjectiveReferences.Of(plan, o => o.Actors).Select(x => (Owner: "l'obiettivo", Subject: x.Objective.Id, Actor: x.Reference));
        var fromComponents = plan.Components.SelectMany(c => c.Actors.Select(a => (Owner: "la componente", Subject: c.Code, Actor: a)));
        return fromObjectives.Concat(fromComponents)
            .Where(x => !index.Actors.Contains(x.Actor.Value))
            .Select(x => Diagnostic.Error(Codes.UnknownActor, x.Actor.Span,
                $"{x.Owner} {x.Subject} cita l'attore «{x.Actor.Value}», che non esiste: gli attori sono {string.Join(", ", plan.Actors.Select(a => a.Id))}{Suggestions.For(x.Actor.Value, index.Actors)}",
                x.Subject));
    }
}
