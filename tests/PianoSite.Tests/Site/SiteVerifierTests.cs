using System.Text;
using PianoSite.Diagnostics;
using PianoSite.Verify;
using PianoSite.Write;

namespace PianoSite.Tests.Site;

/// <summary>The cross-page checks of the verify stage: links must reach a file of the site, anchors an id of the target page.</summary>
public class SiteVerifierTests
{
    private static OutputFile Page(string path, string body) => new(path, Encoding.UTF8.GetBytes(
        $"<!DOCTYPE html><html lang=\"it\"><head><title>t</title></head><body><h1>T</h1>{body}</body></html>"));

    private static IReadOnlyList<Diagnostic> Verify(params OutputFile[] files) => SiteVerifier.Verify(files);

    [Fact]
    public void Links_to_existing_files_and_anchors_pass() => Assert.Empty(Verify(
        Page("site/index.html", "<a href=\"missioni/m1/index.html#obiettivo-m1-1\">o</a><a href=\"assets/x.css\">c</a><a href=\"#top\">t</a><p id=\"top\"></p>"),
        Page("site/missioni/m1/index.html", "<p id=\"obiettivo-m1-1\"></p><a href=\"../../index.html\">home</a>"),
        new OutputFile("site/assets/x.css", Array.Empty<byte>())));

    [Fact]
    public void A_link_to_a_missing_page_is_reported()
    {
        var d = Assert.Single(Verify(Page("site/index.html", "<a href=\"pnrr/m9c9/index.html\">x</a>")));
        Assert.Equal(Codes.BrokenLink, d.Code);
        Assert.Equal("site/index.html", d.Span.File);
        Assert.Contains("pnrr/m9c9/index.html", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_above_the_site_root_is_reported() =>
        Assert.Equal(Codes.BrokenLink, Assert.Single(Verify(Page("site/index.html", "<a href=\"../fuori.html\">x</a>"))).Code);

    [Fact]
    public void A_link_to_a_missing_anchor_is_reported()
    {
        var d = Assert.Single(Verify(
            Page("site/index.html", "<a href=\"missioni/m1/index.html#obiettivo-m1-99\">x</a>"),
            Page("site/missioni/m1/index.html", "<p id=\"obiettivo-m1-1\"></p>")));
        Assert.Equal(Codes.BrokenAnchor, d.Code);
        Assert.Contains("obiettivo-m1-99", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_anchor_on_the_same_page_is_reported() =>
        Assert.Equal(Codes.BrokenAnchor, Assert.Single(Verify(Page("site/index.html", "<a href=\"#nessuno\">x</a>"))).Code);

    [Fact]
    public void Files_outside_the_website_are_not_link_targets() =>
        Assert.Equal(Codes.BrokenLink, Assert.Single(Verify(
            Page("site/index.html", "<a href=\"../pdf/piano.pdf\">pdf</a>"),
            new OutputFile("pdf/piano.pdf", Array.Empty<byte>()))).Code);
}
