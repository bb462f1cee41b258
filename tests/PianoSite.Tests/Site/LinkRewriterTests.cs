using PianoSite.Render.Site;

namespace PianoSite.Tests.Site;

/// <summary>Site-absolute links become relative to the page and name index.html; nothing else is touched.</summary>
public sealed class LinkRewriterTests
{
    [Theory]
    [InlineData("", "<a href=\"/\">", "<a href=\"index.html\">")]
    [InlineData("missioni/m1/", "<a href=\"/\">", "<a href=\"../../index.html\">")]
    [InlineData("missioni/m1/", "<a href=\"/missioni/m2/#obiettivo-m2-1\">", "<a href=\"../../missioni/m2/index.html#obiettivo-m2-1\">")]
    [InlineData("cerca/", "<form action=\"/cerca/?q=x\">", "<form action=\"../cerca/index.html?q=x\">")]
    [InlineData("a/", "<img src=\"/assets/logo.svg\" alt=\"\">", "<img src=\"../assets/logo.svg\" alt=\"\">")]
    [InlineData("a/", "<img srcset=\"/assets/x.png\">", "<img srcset=\"../assets/x.png\">")]
    [InlineData("a/", "<div data-href=\"/dati/\">", "<div data-href=\"../dati/index.html\">")]
    [InlineData("a/", "<a href=\"//example.org/\">", "<a href=\"//example.org/\">")]
    [InlineData("a/", "<a href=\"https://example.org/\">", "<a href=\"https://example.org/\">")]
    [InlineData("a/", "<a xhref=\"/a/\" data-x=\"/b/\">", "<a xhref=\"/a/\" data-x=\"/b/\">")]
    [InlineData("a/", "<p>scrivere href=\"/ senza chiudere</p>", "<p>scrivere href=\"/ senza chiudere</p>")]
    [InlineData("a/", "<a href=\"/x/\">1</a><a href=\"#top\">2</a><a href=\"/y.csv\">3</a>", "<a href=\"../x/index.html\">1</a><a href=\"#top\">2</a><a href=\"../y.csv\">3</a>")]
    public void Rewrites_site_absolute_links_only(string pagePath, string html, string expected) =>
        Assert.Equal(expected, LinkRewriter.Rewrite(html, pagePath));

    [Fact]
    public void A_page_without_site_absolute_links_is_returned_as_it_is()
    {
        const string html = "<p>nessun collegamento</p>";

        Assert.Same(html, LinkRewriter.Rewrite(html, "a/"));
    }
}
