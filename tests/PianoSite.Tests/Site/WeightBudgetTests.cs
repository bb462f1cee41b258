using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PianoSite.Output;
using PianoSite.Pipeline;
using PianoSite.Render.Site;
using PianoSite.Verify;
using PianoSite.Write;

namespace PianoSite.Tests.Site;

/// <summary>
/// What a phone downloads to show a page of the real plan, read from the pages themselves (deterministic: the
/// scores Lighthouse gives stay in bench/lighthouse.sh, docs/mobile-performance.md). Sizes "transferred" are
/// gzipped at the highest level, as the copies beside the assets; fonts are sent as they are (WOFF2 is compressed).
/// </summary>
public sealed partial class WeightBudgetTests
{
    /// <summary>The stylesheets of one page, gzipped: Bootstrap Italia's (cut) and the site's.</summary>
    private const int CssTransferred = 12 * 1024;

    /// <summary>The stylesheets of one page as the browser parses them.</summary>
    private const int CssBytes = 48 * 1024;

    /// <summary>The search page's script (Pagefind's own files come only when a search is made).</summary>
    private const int SearchScriptBytes = 8 * 1024;

    /// <summary>What the browser must have before it can paint: the page and its two stylesheets, no script.</summary>
    private const int BlockingRequests = 3;

    /// <summary>The fonts fetched with the stylesheets (the Titillium Web weights of every first screen: 400, 600, 700).</summary>
    private const int PreloadedFonts = 3;

    /// <summary>The home page, everything it loads before any search (the issue's target).</summary>
    private const int HomeTransferred = 120 * 1024;

    private static readonly Lazy<IReadOnlyDictionary<string, byte[]>> Site = new(RenderRealPlan);

    /// <summary>One page of each type.</summary>
    public static TheoryData<string> PageTypes => new(
        "index.html", "visione/index.html", "obiettivi-strategici/index.html", "piano-in-cifre/index.html", "missioni/index.html",
        "missioni/m2/index.html", "pnrr/index.html", "pnrr/m2c2/index.html", "agenda-strategica/index.html", "agenda-strategica/01-campus-metropolitano-smart/index.html",
        "attori/index.html", "attori/comuni/index.html", "cerca/index.html", "dati/index.html", "accessibilita/index.html", "404.html",
        "stampa/index.html");

    [Theory]
    [MemberData(nameof(PageTypes))]
    public void A_page_stays_within_its_CSS_budget(string page)
    {
        var css = Resources(page, "link[rel=stylesheet]", "href");
        Assert.InRange(css.Sum(f => Site.Value[f].Length), 1, CssBytes);
        Assert.InRange(css.Sum(f => PrecompressingWriter.Gzip(Site.Value[f]).Length), 1, CssTransferred);
    }

    [Theory]
    [MemberData(nameof(PageTypes))]
    public void Only_the_search_page_has_a_script_and_no_script_delays_the_first_paint(string page)
    {
        var document = Parse(page);
        var scripts = document.QuerySelectorAll("script").Where(s => s.GetAttribute("type") != "application/ld+json");   // data, never run
        Assert.All(scripts, s => Assert.True(s.HasAttribute("src") && (s.HasAttribute("defer") || s.GetAttribute("type") == "module" || s.ParentElement?.LocalName == "body"),
            $"{page}: {s.OuterHtml} blocks the first paint or is inline"));
        var bytes = Resources(page, "script[src]", "src").Sum(f => Site.Value[f].Length);
        Assert.InRange(bytes, 0, page == "cerca/index.html" ? SearchScriptBytes : 0);
    }

    [Theory]
    [MemberData(nameof(PageTypes))]
    public void A_page_needs_at_most_three_requests_before_its_first_paint(string page)
    {
        var document = Parse(page);
        var blocking = 1 + document.QuerySelectorAll("head link[rel=stylesheet]").Length
                       + document.QuerySelectorAll("head script[src]").Count(s => !s.HasAttribute("defer") && !s.HasAttribute("async") && s.GetAttribute("type") != "module");
        Assert.InRange(blocking, 2, BlockingRequests);
        Assert.InRange(document.QuerySelectorAll("link[rel=preload]").Length, 0, PreloadedFonts);
    }

    [Fact]
    public void The_site_pages_preload_exactly_the_fonts_their_stylesheet_declares_for_the_first_screen()
    {
        var fonts = Resources("index.html", "link[rel=preload][as=font]", "href");
        Assert.Equal(PreloadedFonts, fonts.Count);
        var css = System.Text.Encoding.UTF8.GetString(Site.Value["assets/css/site.css"]);
        Assert.All(fonts, f => Assert.Contains(Path.GetFileName(f), css, StringComparison.Ordinal));
        Assert.All(Parse("index.html").QuerySelectorAll("link[rel=preload][as=font]"), l => Assert.True(l.HasAttribute("crossorigin"), "a font preloaded without crossorigin is fetched twice"));
    }

    /// <summary>
    /// Counted from above: the page, its stylesheets, icon and scripts gzipped, and every font its stylesheets
    /// declare (the home page uses four of the five weights; which ones depends on the text, not on the files).
    /// </summary>
    [Fact]
    public void The_home_page_transfers_at_most_120_KB_before_any_search()
    {
        var page = "index.html";
        var stylesheets = Resources(page, "link[rel=stylesheet]", "href");
        var gzipped = new[] { page }
            .Concat(stylesheets)
            .Concat(Resources(page, "link[rel=icon]", "href"))
            .Concat(Resources(page, "script[src]", "src"))
            .Sum(f => PrecompressingWriter.Gzip(Site.Value[f]).Length);
        var fonts = stylesheets
            .SelectMany(css => FontUrl().Matches(System.Text.Encoding.UTF8.GetString(Site.Value[css]))
                .Select(m => LinkTarget.Resolve(css, m.Groups[1].Value)!))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(5, fonts.Count);
        Assert.InRange(gzipped + fonts.Sum(f => Site.Value[f].Length), 1, HomeTransferred);
    }

    [System.Text.RegularExpressions.GeneratedRegex("""url\("?([^")]+\.woff2)"?\)""")]
    private static partial System.Text.RegularExpressions.Regex FontUrl();

    [Fact]
    public void Every_page_has_a_meta_description_of_search_engine_length()
    {
        var pages = Site.Value.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pages);
        Assert.All(pages, page =>
        {
            var description = Parse(page).QuerySelector("head > meta[name=description]")?.GetAttribute("content");
            Assert.False(string.IsNullOrWhiteSpace(description), $"{page} has no meta description");
            Assert.InRange(description!.Length, 20, MetaDescription.MaxLength);
        });
    }

    [Fact]
    public void A_mission_and_a_driver_are_described_in_the_plan_s_words()
    {
        var plan = new BuildPipeline(new BuildOptions(TestPaths.RepositoryRoot, Path.GetTempPath())).Check().Plan!;
        string Description(string page) => Parse(page).QuerySelector("meta[name=description]")!.GetAttribute("content")!;
        Assert.StartsWith(Description("missioni/m2/index.html").TrimEnd('…'), plan.Missions[1].Intro.PlainText, StringComparison.Ordinal);
        Assert.StartsWith(Description("agenda-strategica/01-campus-metropolitano-smart/index.html").TrimEnd('…'), plan.Drivers[0].Lead, StringComparison.Ordinal);
        Assert.StartsWith(Description("index.html").TrimEnd('…'), plan.FindPage("visione")!.Body.PlainText, StringComparison.Ordinal);
    }

    /// <summary>The site files (below site/) that a page's elements matching <paramref name="selector"/> load.</summary>
    private static List<string> Resources(string page, string selector, string attribute) =>
        [.. Parse(page).QuerySelectorAll(selector)
            .Select(e => LinkTarget.Resolve(page, e.GetAttribute(attribute)!) ?? throw new InvalidOperationException($"{page}: {e.OuterHtml} leads outside the site"))];

    private static IDocument Parse(string page) =>
        new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(Site.Value[page]));

    private static Dictionary<string, byte[]> RenderRealPlan()
    {
        var result = new BuildPipeline(new BuildOptions(TestPaths.RepositoryRoot, Path.Combine(Path.GetTempPath(), "pianosite-budget-unused"))).Render();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Where(d => d.IsError)));
        return result.Files
            .Where(f => f.Path.StartsWith(SiteLayout.Folder + "/", StringComparison.Ordinal))
            .ToDictionary(f => f.Path[(SiteLayout.Folder.Length + 1)..], f => f.Content.ToArray(), StringComparer.Ordinal);
    }
}
