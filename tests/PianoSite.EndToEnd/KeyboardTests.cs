using Microsoft.Playwright;

namespace PianoSite.EndToEnd;

/// <summary>Keyboard only: the skip link comes first and moves focus to the content; search is reachable and finds objectives.</summary>
[Collection(SharedSite.Name)]
public class KeyboardTests(BuiltSite site)
{
    private const int MaxTabs = 60;

    [Theory]
    [InlineData("index.html")]
    [InlineData("missioni/m1/index.html")]
    [InlineData("agenda-strategica/01-campus-metropolitano-smart/index.html")]
    public async Task The_first_tab_reaches_the_skip_link_which_moves_focus_to_main(string path)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.UrlOf(path).ToString());
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Vai al contenuto principale", await page.EvaluateAsync<string>("document.activeElement.textContent.trim()"));
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.getBoundingClientRect().width > 1"), "the focused skip link is not visible");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task From_the_home_the_keyboard_reaches_search_and_finds_mission_1_objective_1()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.UrlOf("index.html").ToString());
        await TabUntil(page, "document.activeElement.getAttribute('href') === 'cerca/index.html'");
        // Start waiting before the key press, so a fast navigation cannot slip between the two.
        var toSearch = page.WaitForURLAsync(url => url.EndsWith("/cerca/index.html", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.Keyboard.PressAsync("Enter");
        await toSearch;
        await TabUntil(page, "document.activeElement.id === 'cerca-testo'");
        await page.Keyboard.TypeAsync("digital divide");
        await page.Keyboard.PressAsync("Enter");
        var result = page.Locator("#cerca-risultati a[href*='/missioni/m1/index.html#obiettivo-m1-1']");
        await result.First.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        Assert.Contains("M1.1", await result.First.TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("risultat", await page.Locator("#cerca-stato").TextContentAsync(), StringComparison.Ordinal);

        // The result is a link a keyboard user can follow: it lands on the objective's row.
        await TabUntil(page, "document.activeElement.closest('#cerca-risultati') !== null");
        Assert.EndsWith("/missioni/m1/index.html#obiettivo-m1-1", await page.EvaluateAsync<string>("document.activeElement.href"), StringComparison.Ordinal);
        var toObjective = page.WaitForURLAsync(url => url.EndsWith("/missioni/m1/index.html#obiettivo-m1-1", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.Keyboard.PressAsync("Enter");
        await toObjective;
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('#obiettivo-m1-1').matches(':target')"));
        await page.Context.CloseAsync();
    }

    private static async Task TabUntil(IPage page, string condition)
    {
        for (var i = 0; i < MaxTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>(condition))
            {
                return;
            }
        }
        Assert.Fail($"not reached with {MaxTabs} presses of Tab: {condition}");
    }
}
