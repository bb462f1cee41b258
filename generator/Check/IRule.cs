using PianoSite.Diagnostics;
using PianoSite.Model;

namespace PianoSite.Check;

/// <summary>One independent rule over the plan. Rules never throw and never change the plan.</summary>
public interface IRule
{
    /// <param name="index">the plan's lookups, built once for all the rules.</param>
    IEnumerable<Diagnostic> Check(Plan plan, PlanIndex index);
}
