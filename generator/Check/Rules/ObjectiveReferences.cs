using System.Collections.Immutable;
using PianoSite.Model;

namespace PianoSite.Check.Rules;

/// <summary>
/// Every reference of one kind (components, drivers, actors) of every objective, with its objective: what the
/// reference rules go through. A loop, not a query: it runs on every save of the preview, over every objective.
/// </summary>
internal static class ObjectiveReferences
{
    public static IEnumerable<(Objective Objective, Located<T> Reference)> Of<T>(Plan plan, Func<Objective, ImmutableArray<Located<T>>> kind)
    {
        foreach (var objective in plan.Objectives)
        {
            foreach (var reference in kind(objective))
            {
                yield return (objective, reference);
            }
        }
    }
}
