using PianoSite.Diagnostics;
using PianoSite.Model;

namespace PianoSite.Check;

/// <summary>One independent rule over the plan. Rules never throw and never change the plan.</summary>
public interface IRule
{
    IEnumerable<Diagnostic> Check(Plan plan);
}
