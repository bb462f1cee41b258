using PianoSite.Model;

namespace PianoSite.Tests.Content;

/// <summary>The drivers combine the strategic objectives: each is linked from at least one objective's drivers:.</summary>
internal static class DriverLinks
{
    public static IReadOnlyList<string> Problems(Plan plan)
    {
        var linked = plan.Objectives.SelectMany(o => o.Drivers).Select(d => d.Value).ToHashSet();
        var numbers = plan.Drivers.Select(d => d.Number).ToHashSet();
        return
        [
            .. plan.Drivers.Where(d => !linked.Contains(d.Number))
                .Select(d => $"driver {d.Number} «{d.Title}» is not in the drivers: of any objective"),
            .. plan.Objectives.SelectMany(o => o.Drivers.Where(d => !numbers.Contains(d.Value))
                .Select(d => $"{o.Id} links driver {d.Value}, which is not in content/agenda/")),
        ];
    }
}

public sealed class DriverLinkTests
{
    [Fact]
    public void Every_driver_is_linked_from_at_least_one_objective()
    {
        Assert.Equal(10, RealPlan.Value.Drivers.Length);
        Problems.None(DriverLinks.Problems(RealPlan.Value));
    }
}
