using Microsoft.Playwright;

namespace PianoSite.Pdf;

/// <summary>
/// One headless Chromium, driven by Playwright, that prints pages of an <see cref="InMemorySite"/> to tagged PDF
/// with the document outline (bookmarks) from the headings. The running head and "pag. N di M" come from the
/// page's CSS (@page margin boxes), so they use the edition's own font and stay off the cover.
/// Launched once per build and reused for every printing of the contents-page loop.
/// </summary>
public sealed class ChromiumPrinter : IAsyncDisposable
{
    /// <summary>Flags for a headless, quiet browser that never phones home (see the common brief).</summary>
    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-extensions", "--font-render-hinting=none",
    ];

    private const float TimeoutMilliseconds = 120_000;

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;

    private ChromiumPrinter(IPlaywright playwright, IBrowser browser)
    {
        this.playwright = playwright;
        this.browser = browser;
    }

    public string BrowserVersion => browser.Version;

    public static async Task<ChromiumPrinter> LaunchAsync(BrowserChoice choice)
    {
        var playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = choice.ExecutablePath,
                Channel = choice.Channel,
                Headless = true,
                Args = Arguments,
                Timeout = TimeoutMilliseconds,
            }).ConfigureAwait(false);
            return new ChromiumPrinter(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>Prints one page of the site; returns the PDF and the fonts that failed to load (normally none).</summary>
    public async Task<PrintResult> PrintAsync(InMemorySite site, string sitePath)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "it-IT",
            TimezoneId = "Europe/Rome",
            ServiceWorkers = ServiceWorkerPolicy.Block,
        }).ConfigureAwait(false);
        context.SetDefaultTimeout(TimeoutMilliseconds);
        await context.RouteAsync("**/*", site.HandleAsync).ConfigureAwait(false);
        var page = await context.NewPageAsync().ConfigureAwait(false);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print }).ConfigureAwait(false);
        await page.GotoAsync(InMemorySite.UrlOf(sitePath), new PageGotoOptions { WaitUntil = WaitUntilState.Load }).ConfigureAwait(false);
        // Web fonts load when first used: wait for them, or Chromium would print fallback glyphs.
        var failedFonts = await page.EvaluateAsync<string[]>(
            "async () => { await document.fonts.ready; return [...document.fonts].filter(f => f.status === 'error').map(f => `${f.family} ${f.style} ${f.weight}`); }")
            .ConfigureAwait(false);
        var pdf = await page.PdfAsync(new PagePdfOptions
        {
            PreferCSSPageSize = true,
            PrintBackground = true,
            Tagged = true,
            Outline = true,
            DisplayHeaderFooter = false,
        }).ConfigureAwait(false);
        return new PrintResult(pdf, failedFonts);
    }

    public async ValueTask DisposeAsync()
    {
        await browser.CloseAsync().ConfigureAwait(false);
        await browser.DisposeAsync().ConfigureAwait(false);
        playwright.Dispose();
    }
}

