using System.Collections.Frozen;
using System.Text;
using AngleSharp.Html.Parser;
using PianoSite.Pipeline;
using PianoSite.Synth;
using PianoSite.Tests.Support;
using PianoSite.Verify;

namespace PianoSite.Tests.Site;

/// <summary>
/// The verify stage reads pages with AngleSharp's tokenizer alone, switching its states as the tree builder
/// would, instead of building a document per page. On every page of the real site it must find what the full
/// parser (with source positions) finds: the same ids, the same links at the same line and column, the same
/// headings.
/// </summary>
public sealed class HtmlScannerTests
{
    private static readonly string[] LinkAttributes = ["href", "src", "action"];

    [Fact]
    public void On_every_page_of_the_real_site_the_scanner_finds_what_a_full_parser_finds()
    {
        var result = new BuildPipeline(new BuildOptions(TestPaths.RepositoryRoot, Path.Combine(Path.GetTempPath(), "unused"))).Render();
        var pages = result.Files.Where(f => f.Path.StartsWith("site/", StringComparison.Ordinal) && f.Path.EndsWith(".html", StringComparison.Ordinal)).ToArray();
        Assert.True(pages.Length > 40);
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        foreach (var page in pages)
        {
            var html = Encoding.UTF8.GetString(page.Content.Span);
            using var document = parser.ParseDocument(html);
            var tokens = HtmlScanner.Scan(html).Where(t => t.Kind == HtmlTokenKind.StartTag).ToArray();

            Assert.Equal(
                document.All.Select(e => e.GetAttribute("id")).OfType<string>(),
                tokens.Select(t => t.Attribute("id")).OfType<string>());
            Assert.Equal(
                document.All.SelectMany(e => LinkAttributes.Select(e.GetAttribute).OfType<string>()
                    .Select(v => $"{v}@{e.SourceReference!.Position.Line}:{e.SourceReference.Position.Column}")),
                tokens.SelectMany(t => LinkAttributes.Select(t.Attribute).OfType<string>().Select(v => $"{v}@{t.Line}:{t.Column}")));
            Assert.Equal(
                document.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName),
                tokens.Select(t => t.Name).Where(n => n.Length == 2 && n[0] == 'h' && char.IsAsciiDigit(n[1])));
        }
    }

    [Fact]
    public void Comments_scripts_styles_and_titles_are_not_read_as_markup()
    {
        var tokens = HtmlScanner.Scan(
            "<!DOCTYPE html><!-- <a href=\"x\"> --><title><a href=\"t\"></title><script>if (a<b) { s = '<a href=\"s\">'; }</script>" +
            "<style>p::before { content: '<a href=\"c\">'; }</style><a href=\"real\">ok</a>").ToArray();

        Assert.Equal(["title", "script", "style", "a"], tokens.Where(t => t.Kind == HtmlTokenKind.StartTag).Select(t => t.Name));
        Assert.Equal("real", tokens.Single(t => t.Name == "a" && t.Kind == HtmlTokenKind.StartTag).Attribute("href"));
    }

    [Fact]
    public void Attributes_may_be_quoted_either_way_or_not_and_have_their_references_decoded()
    {
        var a = HtmlScanner.Scan("<A HREF='uno.html?a=1&amp;b=2' ID=primo data-x=y class=\"c\" href=\"secondo\" hidden>").Single();

        Assert.Equal("a", a.Name);
        Assert.Equal("uno.html?a=1&b=2", a.Attribute("href"));
        Assert.Equal("primo", a.Attribute("id"));
        Assert.Equal("y", a.Attribute("data-x"));
        Assert.Equal(string.Empty, a.Attribute("hidden"));
    }

    [Fact]
    public void Positions_are_the_line_and_column_of_the_tags_first_character()
    {
        var tokens = HtmlScanner.Scan("<p>\n  uno <b>due</b>\n<i id=\"x\">").Where(t => t.Kind == HtmlTokenKind.StartTag).ToArray();

        Assert.Equal([(1, 1), (2, 7), (3, 1)], tokens.Select(t => (t.Line, t.Column)));
    }

    [Fact]
    public void A_lone_less_than_sign_is_text()
    {
        var tokens = HtmlScanner.Scan("<p>a < b</p>").ToArray();

        Assert.Equal("a < b", string.Concat(tokens.Where(t => t.Kind == HtmlTokenKind.Text).Select(t => t.Text)));
    }

    [Fact]
    public void Lines_are_counted_past_65535()
    {
        var html = "<p>" + new string('\n', 70_000) + "<a id=\"fondo\">";

        var anchor = HtmlScanner.Scan(html).Single(t => t.Name == "a");

        Assert.Equal((70_001, 1), (anchor.Line, anchor.Column));
    }

    [Fact]
    public void A_reader_can_ask_for_some_attributes_only_and_switch_text_off_and_on()
    {
        var scanner = new HtmlScanner("<p class=\"c\" id=\"a\">fuori<h2 id=\"t\">Titolo</h2>dopo", FrozenSet.Create(StringComparer.Ordinal, "id"));
        var texts = new List<string>();
        scanner.ReadsText = false;

        foreach (var token in scanner.Tokens())
        {
            if (token.Kind == HtmlTokenKind.Text)
            {
                texts.Add(token.Text);
            }
            Assert.DoesNotContain(token.Attributes, a => a.Key == "class");
            scanner.ReadsText = token.Kind == HtmlTokenKind.StartTag && token.Name == "h2";
        }

        Assert.Equal(["Titolo"], texts);
    }

    /// <summary>What the plain tokenizer gives up on, put into pages at random places (inside tags and values too).</summary>
    private static readonly string[] Damage =
    [
        "&", "&amp", "&bogus;", "&#0;", "&#x80;", "&#xD800;", "&#65;", "&eacute;", "&notit;", "<", "< ", "<3", "a<b", "\r\n", "\r", "\0",
        "<!-->", "<!--->", "<!--x--!>", "<!--a--b-->", "<!-- <!-- -->", "</p class=x>", "</ p>", "</>", "<A HREF=X>", "<a b=c d>",
        "<p id=a id=b>", "<p ID=\"a\" id=\"b\">", "<script><!--</script>", "<script>a</script >", "<title>&amp; x</title>", "<br/>",
        "<x y='1'z>", "<x y = \"1\" >", "<x y=>", "<x =y>", "<x y=`1`>", "<!DOCTYPE foo>", "<!doctype HTML>", "<?php ?>",
        "<![CDATA[x]]>", "<plaintext>", "<textarea>a &lt; b</textarea>", "<style>a</STYLE >", "<xmp><a></xmp>", "<p/x>", "<p / >",
        "<title>a<b c<<d</title>", "<script>if (a<b) { x(); }</script>", "<style>a<b{}</style>", "<textarea>1<2 &amp; 3</textarea>",
        "<td data-pagefind-ignore>", "<a href=\"x\"title=\"y\">", "\"", "'", "=", ">", "-->", "--", "<h2 id=\"d\">Danno</h2>",
    ];

    [Fact]
    public void Every_page_of_the_real_and_a_synthetic_site_is_read_to_its_end_without_the_HTML5_tokenizer()
    {
        foreach (var html in Pages())
        {
            var plain = new PlainHtmlTokenizer(html, FrozenSet.Create(StringComparer.Ordinal, "p").GetAlternateLookup<ReadOnlySpan<char>>(), null);
            while (plain.TryNext(readsText: true, out _, out _))
            {
            }

            Assert.Equal(html.Length, plain.Position);
        }
    }

    [Fact]
    public void The_scanner_gives_the_HTML5_tokenizers_tokens_on_every_page_and_on_damaged_copies_of_them()
    {
        var random = new Random(7);
        var ids = FrozenSet.Create(StringComparer.Ordinal, "id", "href", "data-pagefind-ignore");
        foreach (var page in Pages())
        {
            var damaged = page;
            for (var i = 0; i < 6; i++)
            {
                damaged = damaged.Insert(random.Next(damaged.Length + 1), Damage[random.Next(Damage.Length)]);
            }
            foreach (var html in new[] { page, damaged })
            {
                foreach (var attributes in new[] { null, ids })
                {
                    for (var policy = 0; policy < 3; policy++)
                    {
                        Assert.Equal(Read(new HtmlScanner(html, attributes), policy, s => s.HtmlFiveTokens()), Read(new HtmlScanner(html, attributes), policy, s => s.Tokens()));
                    }
                }
            }
        }
    }

    [Fact]
    public void Each_kind_of_damage_alone_gives_the_HTML5_tokenizers_tokens()
    {
        foreach (var damage in Damage)
        {
            foreach (var html in new[] { damage, $"<p class=\"a\">uno {damage} due</p>", $"<div id=\"{damage}\">x</div>{damage}", $"<title>t</title>{damage}<p>fine" })
            {
                for (var policy = 0; policy < 3; policy++)
                {
                    Assert.Equal(Read(new HtmlScanner(html), policy, s => s.HtmlFiveTokens()), Read(new HtmlScanner(html), policy, s => s.Tokens()));
                }
            }
        }
    }

    /// <summary>The website's pages of the real plan and of a synthetic plan of 300 objectives (rows on every kind of page).</summary>
    private static IEnumerable<string> Pages()
    {
        using var synthetic = FixturePlan.Synthetic(new SynthOptions(300, 6, 4));
        return [.. PagesOf(new BuildOptions(TestPaths.RepositoryRoot, Path.Combine(Path.GetTempPath(), "unused"))),
            .. PagesOf(new BuildOptions(synthetic.Root, Path.Combine(synthetic.Root, "output")) { TemplatesRoot = TestPaths.RepositoryRoot })];
    }

    private static IEnumerable<string> PagesOf(BuildOptions options) =>
        new BuildPipeline(options).Render().Files
            .Where(f => f.Path.StartsWith("site/", StringComparison.Ordinal) && f.Path.EndsWith(".html", StringComparison.Ordinal))
            .Select(f => Encoding.UTF8.GetString(f.Content.Span));

    /// <summary>
    /// The tokens as a reader sees them, switching text on and off as it goes: always on (policy 0), always off (1),
    /// or on after two tokens out of three (2).
    /// </summary>
    private static List<string> Read(HtmlScanner scanner, int policy, Func<HtmlScanner, IEnumerable<HtmlToken>> tokens)
    {
        var read = new List<string>();
        scanner.ReadsText = policy != 1;
        foreach (var token in tokens(scanner))
        {
            read.Add($"{token.Kind} {token.Name} [{string.Join(" ", token.Attributes.Select(a => $"{a.Key}={a.Value}"))}] «{token.Text}» @{token.Line}:{token.Column}");
            scanner.ReadsText = policy == 0 || policy == 2 && read.Count % 3 != 0;
        }
        return read;
    }
}
