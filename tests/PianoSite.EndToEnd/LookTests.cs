using System.Text.Json;
using Microsoft.Playwright;

namespace PianoSite.EndToEnd;

/// <summary>
/// The site looks the same with the stylesheet it ships (Bootstrap Italia's cut to the rules the templates use,
/// Render/Site/PurgedStylesheet.cs) as with Bootstrap Italia's whole stylesheet: every page type, at 1280 and
/// 390 px, screenshot whole with each, pixel by pixel. And the text hardly moves when Titillium Web arrives: the
/// fallback fonts sized to its metrics (site.css) take the room it will take.
/// </summary>
[Collection(SharedSite.Name)]
public class LookTests(BuiltSite site)
{
    private const string Stylesheet = "assets/bootstrap-italia/css/bootstrap-italia.min.css";

    /// <summary>
    /// Pixels that may differ between the two screenshots of a page (differing by more than <see cref="ChannelNoise"/>
    /// in a colour channel). Both come from the same Chromium with the same fonts and the same page, so only a rule
    /// the cut stylesheet lacks can change them, and every run measured none; the allowance absorbs the
    /// antialiasing of a few glyphs, should a rasterisation ever differ between two loads, while the least a
    /// missing rule does (a card's 1 px border, a rule's colour, a margin moving what follows) changes hundreds of
    /// pixels or the page's height, which must be equal.
    /// </summary>
    private const int DifferingPixels = 64;

    private const int ChannelNoise = 8;

    /// <summary>Screenshots are compared in bands of this height: a canvas holds at most 32,767 px a side.</summary>
    private const int Band = 4096;

    /// <summary>
    /// One page of each type that loads Bootstrap Italia's stylesheet (/stampa/ loads only print.css, which this
    /// change does not touch: its look is held by the PDF tests).
    /// </summary>
    public static TheoryData<string> PageTypes => new(
        "index.html", "visione/index.html", "obiettivi-strategici/index.html", "piano-in-cifre/index.html", "missioni/index.html",
        "missioni/m2/index.html", "pnrr/index.html", "pnrr/m2c2/index.html", "agenda-strategica/index.html", "agenda-strategica/01-campus-metropolitano-smart/index.html",
        "attori/index.html", "attori/comuni/index.html", "cerca/index.html", "dati/index.html", "accessibilita/index.html", "404.html");

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task A_page_looks_the_same_as_with_the_whole_Bootstrap_Italia_stylesheet(string path)
    {
        var whole = await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot.Path, "node_modules", "bootstrap-italia", "dist", "css", "bootstrap-italia.min.css"));
        var shipped = await File.ReadAllBytesAsync(Path.Combine(site.SiteFolder, Stylesheet));
        Assert.True(shipped.Length < whole.Length / 10, $"the shipped stylesheet is {shipped.Length} bytes of {whole.Length}");
        var problems = new List<string>();
        foreach (var width in new[] { 1280, 390 })
        {
            var cut = await site.NewPageAsync(width, 900);
            var reference = await site.NewPageAsync(width, 900);
            await reference.Context.RouteAsync("**/" + Stylesheet, route => route.FulfillAsync(new RouteFulfillOptions { BodyBytes = whole, ContentType = "text/css; charset=utf-8" }));
            var comparer = await site.NewPageAsync();
            try
            {
                var height = await Open(cut, path);
                var referenceHeight = await Open(reference, path);
                if (height != referenceHeight)
                {
                    problems.Add($"{path} at {width} px: {height} px tall, {referenceHeight} px with the whole stylesheet");
                    continue;
                }
                var differing = 0;
                for (var top = 0; top < height; top += Band)
                {
                    var clip = new Clip { X = 0, Y = top, Width = width, Height = Math.Min(Band, height - top) };
                    var a = await cut.ScreenshotAsync(new PageScreenshotOptions { FullPage = true, Clip = clip, Animations = ScreenshotAnimations.Disabled });
                    var b = await reference.ScreenshotAsync(new PageScreenshotOptions { FullPage = true, Clip = clip, Animations = ScreenshotAnimations.Disabled });
                    if (!a.AsSpan().SequenceEqual(b))
                    {
                        differing += await DifferingPixelsAsync(comparer, a, b);
                    }
                }
                if (differing > DifferingPixels)
                {
                    problems.Add($"{path} at {width} px: {differing} pixels differ from the page with the whole stylesheet");
                }
            }
            finally
            {
                await cut.Context.CloseAsync();
                await reference.Context.CloseAsync();
                await comparer.Context.CloseAsync();
            }
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    /// <summary>
    /// The positions of the page's blocks (headings, paragraphs, list items, table rows in the first 2,000 px)
    /// while the fonts have not arrived (the browser draws the fallback) and once they have: the text is drawn
    /// in a system font sized to Titillium Web's width, ascent and descent, so hardly anything moves. Measured:
    /// no block moves on these pages at either width; without the fallback faces (DejaVu Sans as it is, a quarter
    /// wider than Titillium Web) the navigation took a third line at 390 px and blocks moved by 150 to 380 px.
    /// </summary>
    [Theory]
    [InlineData("index.html")]
    [InlineData("missioni/m2/index.html")]
    [InlineData("agenda-strategica/01-campus-metropolitano-smart/index.html")]
    public async Task The_text_hardly_moves_when_the_fonts_arrive(string path)
    {
        foreach (var width in new[] { 390, 1280 })
        {
            var withFonts = await site.NewPageAsync(width, 844);
            var withoutFonts = await site.NewPageAsync(width, 844);
            await withoutFonts.Context.RouteAsync("**/*.woff2", route => route.AbortAsync());
            try
            {
                await Open(withFonts, path);
                await Open(withoutFonts, path);
                var arrived = await BlockTopsAsync(withFonts);
                var waiting = await BlockTopsAsync(withoutFonts);
                Assert.Equal(arrived.Length, waiting.Length);   // the same elements, in the same order
                var moved = arrived.Zip(waiting, (a, b) => Math.Abs(a - b)).Where((_, i) => arrived[i] < 2000).ToArray();
                Assert.NotEmpty(moved);
                // A paragraph wrapping one line differently in the fallback moves what follows by one line (24 px,
                // and no more); a fallback sized wrongly moves blocks by several.
                Assert.True(moved.Max() <= 24, $"{path} at {width} px: blocks moved by up to {moved.Max():0} px ({string.Join(' ', moved.Select(m => m.ToString("0", System.Globalization.CultureInfo.InvariantCulture)))})");
            }
            finally
            {
                await withFonts.Context.CloseAsync();
                await withoutFonts.Context.CloseAsync();
            }
        }
    }

    /// <summary>Opens a page, waits for its fonts (or their failure); returns its height.</summary>
    private async Task<int> Open(IPage page, string path)
    {
        await page.GotoAsync(site.UrlOf(path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        return await page.EvaluateAsync<int>("async () => { await document.fonts.ready; return document.documentElement.scrollHeight; }");
    }

    /// <summary>The top of every block of the page, in document order.</summary>
    private static Task<double[]> BlockTopsAsync(IPage page) => page.EvaluateAsync<double[]>("""
        () => [...document.querySelectorAll('h1, h2, h3, p, li, tr, dt, footer')]
            .map(e => e.getBoundingClientRect().top + window.scrollY)
        """);

    /// <summary>Counts, in Chromium itself (no image library needed), the pixels of two PNGs that differ by more than the noise.</summary>
    private static async Task<int> DifferingPixelsAsync(IPage comparer, byte[] a, byte[] b)
    {
        var result = await comparer.EvaluateAsync<JsonElement>("""
            async ([a, b, noise]) => {
              const decode = async data => createImageBitmap(await (await fetch('data:image/png;base64,' + data)).blob());
              const [x, y] = await Promise.all([decode(a), decode(b)]);
              if (x.width !== y.width || x.height !== y.height) return -1;
              const pixels = image => {
                const canvas = new OffscreenCanvas(image.width, image.height);
                const context = canvas.getContext('2d');
                context.drawImage(image, 0, 0);
                return context.getImageData(0, 0, image.width, image.height).data;
              };
              const [p, q] = [pixels(x), pixels(y)];
              let differing = 0;
              for (let i = 0; i < p.length; i += 4) {
                if (Math.abs(p[i] - q[i]) > noise || Math.abs(p[i + 1] - q[i + 1]) > noise || Math.abs(p[i + 2] - q[i + 2]) > noise) differing++;
              }
              return differing;
            }
            """, new object[] { Convert.ToBase64String(a), Convert.ToBase64String(b), ChannelNoise });
        var differing = result.GetInt32();
        return differing < 0 ? int.MaxValue : differing;
    }
}
