using PianoSite.Diagnostics;
using PianoSite.Model;

namespace PianoSite.Check.Rules;

/// <summary>PS3001 (warning): the same objective text twice is usually a copy-and-paste slip.</summary>
public sealed class DuplicateObjectiveTextRule : IRule
{
    public IEnumerable<Diagnostic> Check(Plan plan, PlanIndex index) => plan.Objectives
        .GroupBy(o => o.Text, StringComparer.Ordinal)
        .Where(g => g.Count() > 1)
        .SelectMany(g => g.Skip(1).Select(o => Diagnostic.Warning(Codes.DuplicateObjectiveText, o.Span,
            $"l'obiettivo {o.Id} ha lo stesso testo dell'obiettivo {g.First().Id}", o.Id)));
}
