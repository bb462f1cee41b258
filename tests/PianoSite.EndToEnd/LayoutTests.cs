namespace PianoSite.EndToEnd;

/// <summary>At 320 px, the narrowest width WCAG 1.4.10 asks for, no page scrolls sideways.</summary>
[Collection(SharedSite.Name)]
public class LayoutTests(BuiltSite site)
{
    [Fact]
    public async Task No_page_scrolls_horizontally_at_320_px()
    {
        var page = await site.NewPageAsync(320, 640);
        var wide = new List<string>();
        foreach (var path in site.Pages)
        {
            await page.GotoAsync(site.UrlOf(path).ToString());
            var (scroll, client) = (await page.EvaluateAsync<int>("document.documentElement.scrollWidth"),
                await page.EvaluateAsync<int>("document.documentElement.clientWidth"));
            if (scroll > client)
            {
                wide.Add($"{path}: scrollWidth {scroll} > clientWidth {client}");
            }
        }
        await page.Context.CloseAsync();
        Assert.True(wide.Count == 0, "pages wider than the viewport at 320 px:\n" + string.Join('\n', wide));
    }
}
