using PianoSite.Diagnostics;
using PianoSite.Model;

namespace PianoSite.Check.Rules;

/// <summary>PS2005: a mission's vision keywords must be among the five of piano.yml.</summary>
public sealed class UnknownKeywordRule : IRule
{
    public IEnumerable<Diagnostic> Check(Plan plan, PlanIndex index)
    {
        return plan.Missions
            .SelectMany(m => m.Keywords.Select(k => (Mission: m, Keyword: k)))
            .Where(x => !index.Keywords.Contains(x.Keyword.Value))
            .Select(x => Diagnostic.Error(Codes.UnknownKeyword, x.Keyword.Span,
                $"la missione {x.Mission.Code} cita la parola chiave «{x.Keyword.Value}», che non esiste: le parole chiave sono {string.Join(", ", plan.Keywords.Select(k => k.Id))}{Suggestions.For(x.Keyword.Value, index.Keywords)}",
                x.Mission.Code));
    }
}
