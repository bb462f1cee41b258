using PianoSite.Render.Site;

namespace PianoSite.Tests.Site;

/// <summary>Site-absolute links become relative to the page and name index.html; nothing else is touched.</summary>
public sealed class LinkRewriterTests
{
    [Theory]
    [InlineData("missioni/m1/index.html", "../../pnrr/m1c1/index.html#obiettivo", "pnrr/m1c1/index.html")]
    [InlineData("index.html", "missioni/", "missioni/index.html")]
    [InlineData("index.html", "./", "index.html")]
    [InlineData("a/b/index.html", "../", "a/index.html")]
    [InlineData("missioni/m1/index.html", "", "missioni/m1/index.html")]
    [InlineData("missioni/m1/index.html", "#o1", "missioni/m1/index.html")]
    [InlineData("missioni/m1/index.html", "?q=1", "missioni/m1/index.html")]
    [InlineData("a/b/index.html", "./c//d/./e.html?q=1#x", "a/b/c/d/e.html")]
    [InlineData("a//b/index.html", "../c.html", "a/c.html")]
    [InlineData("missioni/m1/index.html", "../../../fuori.html", null)]
    [InlineData("index.html", "..", null)]
    [InlineData("index.html", "città/è.html", "città/è.html")]
    public void A_relative_link_resolves_to_the_site_file_it_leads_to(string page, string href, string? expected)
    {
        Assert.Equal(expected, PianoSite.Verify.LinkTarget.Resolve(page, href));
    }

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

/// <summary>
/// The rewriter works on a page as it is written, piece by piece: wherever the pieces are cut (inside an
/// attribute name, between = and the quote, inside a link), the page comes out as if it had been written at once,
/// and as a plain regular expression over the whole page would rewrite it.
/// </summary>
public sealed class LinkRewriterStreamingTests
{
    private static readonly string[] Pieces = ["href", "src", "srcset", "data-href", "action", "xhref", "=", "\"", "/", "//", "#", "?", "a", "b/", " ", "<a ", ">", "\n", "é"];

    [Fact]
    public void Random_pages_cut_anywhere_come_out_as_the_whole_page_rewritten_by_a_regular_expression()
    {
        var random = new Random(20251122);
        for (var round = 0; round < 3_000; round++)
        {
            var html = string.Concat(Enumerable.Range(0, random.Next(1, 60)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            var pagePath = random.Next(3) switch { 0 => "", 1 => "a/", _ => "a/b/" };

            var expected = Oracle(html, pagePath);

            Assert.Equal(expected, LinkRewriter.Rewrite(html, pagePath));
            Assert.Equal(expected, WrittenInPieces(html, pagePath, random));
        }
    }

    [Fact]
    public void Rows_rewritten_in_utf8_come_out_as_the_text_rewritten_and_encoded()
    {
        // Letters of two, three and four bytes, a digit and an underscore before the attributes' names.
        string[] pieces = [.. Pieces, "è", "€", "𝄞", "1", "_", "Ωhref=\"/x\"", "𝄞href=\"/y/\"", "€src=\"/z#a\"", " href=\"/w/\""];
        var random = new Random(20261130);
        for (var round = 0; round < 3_000; round++)
        {
            var html = string.Concat(Enumerable.Range(0, random.Next(1, 60)).Select(_ => pieces[random.Next(pieces.Length)]));
            var pagePath = random.Next(3) switch { 0 => "", 1 => "a/", _ => "a/b/" };
            var utf8 = System.Text.Encoding.UTF8.GetBytes(html);

            var rewritten = LinkRewriter.RewriteUtf8(utf8, pagePath);

            Assert.Equal(Oracle(html, pagePath), System.Text.Encoding.UTF8.GetString(rewritten));
        }
    }

    [Fact]
    public void A_large_page_cut_in_random_pieces_comes_out_whole()
    {
        var random = new Random(7);
        var rows = Enumerable.Range(0, 20_000).Select(i =>
            $"<tr id=\"r{i}\"><th><a href=\"/missioni/m{i % 7}/#obiettivo-{i}\" title=\"è «{i}»\">{i}</a></th><td><a href=\"/componenti/m1c{i % 3}/\">C</a> <a href=\"//cdn.example/x\">x</a></td></tr>\n");
        var html = "<!DOCTYPE html><html lang=\"it\"><body><table>" + string.Concat(rows) + "</table></body></html>";

        var expected = Oracle(html, "attori/cm/");

        Assert.Equal(expected, LinkRewriter.Rewrite(html, "attori/cm/"));
        Assert.Equal(expected, WrittenInPieces(html, "attori/cm/", random));
    }

    [Fact]
    public void A_quote_never_closed_on_a_large_page_is_written_out_unchanged()
    {
        var html = "<a href=\"/x" + new string('y', 500_000);

        Assert.Equal(html, WrittenInPieces(html, "a/", new Random(3)));
    }

    private static string WrittenInPieces(string html, string pagePath, Random random)
    {
        var output = new StringWriter();
        using (var rewriter = new LinkRewriter(output, pagePath))
        {
            for (var at = 0; at < html.Length;)
            {
                var length = Math.Min(html.Length - at, random.Next(4) == 0 ? random.Next(1, 70_000) : random.Next(1, 8));
                if (length == 1)
                {
                    rewriter.Write(html[at]);
                }
                else
                {
                    rewriter.Write(html.AsSpan(at, length));
                }
                at += length;
            }
        }
        return output.ToString();
    }

    /// <summary>What the rewriter must do, said as simply as possible: the whole page, one regular expression.</summary>
    private static string Oracle(string html, string pagePath)
    {
        var toRoot = string.Concat(Enumerable.Repeat("../", pagePath.Count(c => c == '/')));
        return System.Text.RegularExpressions.Regex.Replace(html,
            "(?<![\\p{L}\\p{Nd}_])(?<name>data-href|srcset|action|href|src)=\"/(?!/)(?<path>[^\"#?]*)(?<suffix>[#?][^\"]*)?\"",
            m => $"{m.Groups["name"].Value}=\"{toRoot}{m.Groups["path"].Value}{(m.Groups["path"].Value.Length == 0 || m.Groups["path"].Value.EndsWith('/') ? "index.html" : "")}{m.Groups["suffix"].Value}\"");
    }
}
