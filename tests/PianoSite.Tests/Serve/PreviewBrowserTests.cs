using Microsoft.Playwright;

namespace PianoSite.Tests.Serve;

/// <summary>
/// The preview in real Chromium: the page reloads itself after a save, shows the diagnostics panel when the
/// save breaks the plan and loses it when the file is fixed, all under the site's Content-Security-Policy.
/// </summary>
public sealed class PreviewBrowserTests
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    [Fact]
    public async Task The_page_reloads_itself_after_a_save_and_shows_then_clears_an_error()
    {
        await using var preview = await PreviewHarness.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserPath(),
            Headless = true,
            Args = ChromiumArgs,
        });
        var page = await browser.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add(error);
        var loads = 0;
        page.Load += (_, _) => Interlocked.Increment(ref loads);

        await page.GotoAsync(new Uri(preview.Server.Address, "missioni/m1/").ToString());
        await WaitForListenersAsync(preview, 1);
        Assert.Equal(1, Volatile.Read(ref loads));

        // The page is loaded again (not patched): a second load event.
        preview.Replace("content/missioni/m1.yml", "Superamento del digital divide", "Superamento del divario digitale");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Superamento del divario digitale");
        await WaitForAsync(() => Volatile.Read(ref loads) >= 2, "the page did not reload after the save");

        // An objective without a PNRR component: the panel appears over the last good page.
        await WaitForListenersAsync(preview, 1);
        var original = preview.Read("content/missioni/m1.yml");
        preview.Replace("content/missioni/m1.yml", "    components: [M1C2]\n", string.Empty);
        var panel = page.Locator(".anteprima-errori");
        await Assertions.Expect(panel).ToBeVisibleAsync();
        await Assertions.Expect(panel).ToContainTextAsync("PS2001");
        await Assertions.Expect(panel).ToContainTextAsync("content/missioni/m1.yml:");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Superamento del divario digitale");

        await WaitForListenersAsync(preview, 1);
        preview.Write("content/missioni/m1.yml", original);
        await Assertions.Expect(panel).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Superamento del divario digitale");

        Assert.Empty(problems);
    }

    /// <summary>The browser's EventSource is connected: only then is a save guaranteed to reach the page.</summary>
    private static Task WaitForListenersAsync(PreviewHarness preview, int count) =>
        WaitForAsync(() => preview.Server.Hub.ListenerCount >= count, "the page did not connect to /_preview/events");

    private static async Task WaitForAsync(Func<bool> condition, string failure)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, failure);
            await Task.Delay(25);
        }
    }

    private static string BrowserPath()
    {
        var path = Environment.GetEnvironmentVariable("PIANOSITE_BROWSER") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        Assert.True(File.Exists(path),
            $"Chromium not found at {path}: the browser tests need it. Run ./build.sh test (it installs the Debian package chromium) or set PIANOSITE_BROWSER.");
        return path;
    }
}
