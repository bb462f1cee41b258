using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace PianoSite.EndToEnd;

/// <summary>axe-core with the WCAG 2.0 and 2.1 A and AA rules on every page of the built site, at desktop and phone width.</summary>
[Collection(SharedSite.Name)]
public class AccessibilityTests(BuiltSite site)
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Theory]
    [InlineData(1280)]
    [InlineData(320)]
    public async Task Axe_reports_no_violation_on_any_page(int width)
    {
        var page = await site.NewPageAsync(width);
        var report = new List<string>();
        foreach (var path in site.Pages)
        {
            await page.GotoAsync(site.UrlOf(path).ToString());
            var result = await page.RunAxe(Wcag21AA);
            Assert.True(result.Passes.Length > 0, $"axe ran no rule on {path}");
            report.AddRange(result.Violations.Select(v =>
                $"{path}: {v.Id} ({v.Impact}) {v.Help}: {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
        }
        await page.Context.CloseAsync();
        Assert.True(site.Pages.Count >= 40, $"only {site.Pages.Count} pages were built");
        Assert.True(report.Count == 0, $"{report.Count} axe violations at {width} px:\n" + string.Join('\n', report));
    }
}
