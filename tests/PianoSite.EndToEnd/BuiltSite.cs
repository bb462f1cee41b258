using Microsoft.Playwright;
using PianoSite.Pipeline;

namespace PianoSite.EndToEnd;

/// <summary>
/// Shared by every end-to-end test: the real plan built once into a temporary output folder, served on
/// 127.0.0.1, and one headless Chromium (Debian's /usr/bin/chromium or PIANOSITE_BROWSER; never a downloaded one).
/// </summary>
public sealed class BuiltSite : IAsyncLifetime
{
    private readonly string output = Path.Combine(Path.GetTempPath(), "pianosite-e2e-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? playwright;
    private StaticSiteServer? server;
    private IBrowser? browser;

    public string SiteFolder => Path.Combine(output, "site");

    public IBrowser Browser => browser ?? throw new InvalidOperationException("the browser is not running");

    public Uri Address => server!.Address;

    /// <summary>Every HTML page of the site, as paths below site/ ("missioni/m1/index.html").</summary>
    public IReadOnlyList<string> Pages { get; private set; } = [];

    public static string BrowserPath => Environment.GetEnvironmentVariable("PIANOSITE_BROWSER") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        var result = new BuildPipeline(new BuildOptions(RepositoryRoot.Path, output)).Build();
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("the plan does not build:\n" + string.Join('\n', result.Diagnostics.Where(d => d.IsError)));
        }
        Pages = [.. Directory.EnumerateFiles(SiteFolder, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(SiteFolder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
        if (!File.Exists(BrowserPath))
        {
            throw new InvalidOperationException($"Chromium not found at {BrowserPath}: install it (./build.sh test does, with apt-get install chromium) or set PIANOSITE_BROWSER");
        }
        server = await StaticSiteServer.StartAsync(SiteFolder);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public Uri UrlOf(string page) => new(Address, page);

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, Locale = "it-IT" });
        // Generous: the tests share two cores with the rest of the suite in CI.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }
        playwright?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
