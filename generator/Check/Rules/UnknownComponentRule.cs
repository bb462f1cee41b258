using PianoSite.Diagnostics;
using PianoSite.Model;

namespace PianoSite.Check.Rules;

/// <summary>PS2002: every component code an objective names must be defined in pnrr.yml.</summary>
public sealed class UnknownComponentRule : IRule
{
    public IEnumerable<Diagnostic> Check(Plan plan, PlanIndex index) => ObjectiveReferences.Of(plan, o => o.Components)
        .Where(x => !index.Components.ContainsKey(x.Reference.Value))
        .Select(x => Diagnostic.Error(Codes.UnknownComponent, x.Reference.Span,
            $"l'obiettivo {x.Objective.Id} cita la componente «{x.Reference.Value}», che non esiste in pnrr.yml{Suggestions.For(x.Reference.Value, index.Components.Keys)}",
            x.Objective.Id));
}
