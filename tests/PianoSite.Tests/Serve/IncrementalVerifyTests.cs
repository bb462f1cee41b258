using System.Text;
using PianoSite.Diagnostics;
using PianoSite.Verify;
using PianoSite.Write;

namespace PianoSite.Tests.Serve;

/// <summary>The preview's rebuilds re-verify only changed pages, and still catch links broken by a change elsewhere.</summary>
public sealed class IncrementalVerifyTests
{
    [Fact]
    public void An_unchanged_page_is_not_checked_again()
    {
        var cache = new VerifiedPageCache();
        var page = Page("site/index.html", "uno");
        var checks = 0;
        VerifiedPage Check()
        {
            checks++;
            return new VerifiedPage("index.html", [], [], []);
        }

        cache.GetOrCheck(page, Check);
        cache.GetOrCheck(Page("site/index.html", "uno"), Check);
        Assert.Equal(1, checks);

        cache.GetOrCheck(Page("site/index.html", "due"), Check);
        Assert.Equal(2, checks);
    }

    [Fact]
    public void A_page_removed_breaks_the_links_of_a_cached_page()
    {
        var cache = new VerifiedPageCache();
        var home = Page("site/index.html", Html("<a href=\"missioni/m1/index.html\">M1</a>"));
        var mission = Page("site/missioni/m1/index.html", Html("<a href=\"../../index.html\">Home</a>"));

        Assert.Empty(SiteVerifier.Verify([home, mission], cache: cache));
        var afterRemoval = SiteVerifier.Verify([Page("site/index.html", Html("<a href=\"missioni/m1/index.html\">M1</a>"))], cache: cache);

        var broken = Assert.Single(afterRemoval);
        Assert.Equal(Codes.BrokenLink, broken.Code);
        Assert.Equal("site/index.html", broken.Span.File);
    }

    [Fact]
    public void Results_with_and_without_the_cache_are_the_same()
    {
        var cache = new VerifiedPageCache();
        OutputFile[] site =
        [
            Page("site/index.html", Html("<a href=\"missioni/m1/index.html#manca\">M1</a><h3>salto</h3>")),
            Page("site/missioni/m1/index.html", Html("<p id=\"a\">x</p><p id=\"a\">y</p>")),
        ];

        var first = SiteVerifier.Verify(site, cache: cache);
        var second = SiteVerifier.Verify(site, cache: cache);

        Assert.Equal(SiteVerifier.Verify(site), first);
        Assert.Equal(first, second);
        Assert.Equal(3, first.Count);
    }

    private static string Html(string body) =>
        $"<!DOCTYPE html><html lang=\"it\"><head><title>t</title></head><body><h1>Titolo</h1>{body}</body></html>";

    private static OutputFile Page(string path, string html) => new(path, Encoding.UTF8.GetBytes(html));
}
