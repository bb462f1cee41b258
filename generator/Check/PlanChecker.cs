using PianoSite.Check.Rules;
using PianoSite.Diagnostics;
using PianoSite.Model;

namespace PianoSite.Check;

/// <summary>
/// Stage 4, check: runs every rule, then marks the warnings accepted in content/controlli.yml (they stay listed)
/// and reports acceptances that no longer match any warning.
/// </summary>
public sealed class PlanChecker(IReadOnlyList<IRule> rules)
{
    public static PlanChecker WithAllRules() => new([
        new ObjectiveWithoutComponentRule(),
        new UnknownComponentRule(),
        new ComponentOfOtherMissionRule(),
        new UnknownActorRule(),
        new UnknownKeywordRule(),
        new UnknownDriverRule(),
        new DuplicateObjectiveNumberRule(),
        new ObjectiveWithoutActorRule(),
        new DuplicateObjectiveTextRule(),
        new ActorNotCoveredByComponentsRule(),
        new ComponentWithoutObjectiveRule(),
        new DriverWithoutObjectiveRule(),
        new CatalogueFactsRule(),
    ]);

    public IReadOnlyList<Diagnostic> Check(Plan plan, IReadOnlyList<Diagnostic> earlier)
    {
        var index = new PlanIndex(plan);
        var found = earlier.Concat(rules.SelectMany(rule => rule.Check(plan, index))).ToList();
        var acceptances = plan.AcceptedWarnings.ToLookup(a => (a.Code, a.Subject));
        var used = new HashSet<AcceptedWarning>();
        for (var i = 0; i < found.Count; i++)
        {
            var diagnostic = found[i];
            var acceptance = diagnostic.Severity == Severity.Warning
                ? acceptances[(diagnostic.Code, diagnostic.Subject ?? string.Empty)].FirstOrDefault()
                : null;
            if (acceptance is not null)
            {
                found[i] = diagnostic with { AcceptedBecause = acceptance.Reason };
                used.Add(acceptance);
            }
        }
        found.AddRange(plan.AcceptedWarnings
            .Where(a => !used.Contains(a))
            .Select(a => Diagnostic.Warning(Codes.UnusedAcceptance, a.Span,
                $"l'avviso accettato {a.Code} «{a.Subject}» non si presenta più: togliere la voce da controlli.yml", $"{a.Code} {a.Subject}")));
        return found;
    }
}
