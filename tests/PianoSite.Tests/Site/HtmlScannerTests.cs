using System.Collections.Frozen;
using System.Text;
using AngleSharp.Html.Parser;
using PianoSite.Pipeline;
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
}
