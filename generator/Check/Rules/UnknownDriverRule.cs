using PianoSite.Diagnostics;
using PianoSite.Model;

namespace PianoSite.Check.Rules;

/// <summary>PS2006: an objective's drivers must exist in content/agenda/.</summary>
public sealed class UnknownDriverRule : IRule
{
    public IEnumerable<Diagnostic> Check(Plan plan, PlanIndex index)
    {
        foreach (var objective in plan.Objectives)
        {
            foreach (var driver in objective.Drivers)
            {
                if (!index.Drivers.Contains(driver.Value))
                {
                    yield return Diagnostic.Error(Codes.UnknownDriver, driver.Span,
                        $"l'obiettivo {objective.Id} cita il driver {driver.Value}, che non esiste in content/agenda/",
                        objective.Id);
                }
            }
        }
    }
}
