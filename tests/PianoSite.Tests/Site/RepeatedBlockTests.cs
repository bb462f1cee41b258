using System.Collections.Immutable;
using System.Text;
using PianoSite.Pipeline;
using PianoSite.Render.Site;
using PianoSite.Synth;
using PianoSite.Tests.Support;
using PianoSite.Verify;
using PianoSite.Write;
using PianoSite.Output;

namespace PianoSite.Tests.Site;

/// <summary>
/// An objective's row is rendered once and its bytes copied into every page that lists it
/// (<see cref="PageAssembler"/>), and the verify stage reads each row once (<see cref="PageTokens"/>): the pages'
/// bytes and their checks must be exactly those of rendering and reading every page whole.
/// </summary>
public sealed class RepeatedBlockTests
{
    [Fact]
    public void Each_page_checked_with_its_rows_read_once_gives_what_reading_the_whole_page_gives()
    {
        using var synthetic = FixturePlan.Synthetic(new SynthOptions(400, 8, 3));
        var root = synthetic.Root;
        var result = new BuildPipeline(new BuildOptions(root, string.Empty) { TemplatesRoot = TestPaths.RepositoryRoot }).Render();
        Assert.True(result.Succeeded);
        var pages = result.Files.Where(f => SiteLayout.IsPage(f.Path)).ToArray();
        var known = new PageChecker().NewBlockCache(keepSkeletons: true);

        foreach (var page in pages.Concat(pages))   // the second time, from the skeletons' kept tokens
        {
            foreach (var block in page.Blocks)
            {
                Assert.True(page.Content.Span.Slice(block.Offset, block.Bytes.Length).SequenceEqual(block.Bytes));
            }
            AssertSameChecks(page, known);
        }
        // Every row of a mission page is a block, and every page listing objectives shares the same arrays.
        var mission = pages.Single(p => p.Path == "site/missioni/m1/index.html");
        var missionRows = result.Plan!.Objectives.Count(o => o.MissionCode == "M1");
        Assert.Equal(missionRows, mission.Blocks.Length);
        var shared = pages.Where(p => p != mission).SelectMany(p => p.Blocks).Select(b => b.Bytes).ToHashSet(ReferenceEqualityComparer.Instance);
        Assert.Contains(mission.Blocks, b => shared.Contains(b.Bytes));
        // The print page keeps each objective's cells as a block too (one per objective: each is printed once).
        var print = pages.Single(p => p.Path == "site/stampa/index.html");
        Assert.Equal(result.Plan.Objectives.Count(), print.Blocks.Length);
        // ... and the rows are read once: the mission page's tokens come from its rows without a fallback.
        var tokens = new PageTokens(mission.Path, mission.Content, mission.Blocks, known, System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal, "id", "href"));
        Assert.NotEmpty(tokens.Read(() => true).ToArray());
        Assert.True(tokens.Replayed);
    }

    private const string Row = "<tr>\n  <td id=\"dup\"><a href=\"a.html#x\">a</a></td>\n  <td><a href=\"b.html\">b</a></td>\n</tr>\n";

    public static TheoryData<string, string, string> Pages => new()
    {
        // before, block, after: the block twice, with text between and after on the block's last line
        { "<h1>T</h1>\n<table><tr><th>x</th></tr>\n", Row, "</table><p id=\"after\"><a href=\"c.html\">c</a></p>" },
        { "<h1>T</h1><table><tr><th>x</th></tr>", "<tr><td id=\"k\"><a href=\"d.html\">1</a></td></tr>", "<tr><td id=\"z\"><a href=\"e.html\">2</a></td></tr></table>" },
        // a block holding a heading, a table without headers, a block ending inside a tag, a heading open around a block
        { "<h1>T</h1>\n", "<h3>Salto</h3>\n<table><tr><td>1</td></tr></table>\n", "<h2>Dopo</h2>" },
        { "<h1>T</h1>\n<p>", "<a href=\"f.html\" class=\"x", "\">testo</a></p>" },
        { "<h1>T <span>", "<b id=\"b\">grassetto</b>", "</span></h1><h2>Due</h2>" },
        // letters of two, three and four bytes in UTF-8 around the blocks: positions count characters, not bytes
        { "<h1>Città è ☃ 😀</h1>\n<table><tr><th>x</th></tr>\n", Row, "</table><p id=\"perché\">😀 <a href=\"ç.html\">ç</a></p>" },
        // the end of a table inside a block, and a block right at the start of the body
        { "", "<table id=\"t\"><tr><td>1</td></tr></table>\n", "<h1>Titolo</h1>" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_page_read_with_its_blocks_gives_what_reading_it_whole_gives(string before, string block, string after)
    {
        var bytes = Encoding.UTF8.GetBytes(block);
        var head = "<!DOCTYPE html>\n<html lang=\"it\">\n<body>\n" + before;
        var between = "\n<!-- un commento -->\n";
        var html = head + block + between + block + after + "\n</body></html>";
        var first = Encoding.UTF8.GetByteCount(head);
        var second = first + bytes.Length + Encoding.UTF8.GetByteCount(between);
        var page = new OutputFile("site/p/index.html", Encoding.UTF8.GetBytes(html)) { Blocks = [new(first, bytes), new(second, bytes)] };

        AssertSameChecks(page, new PageChecker().NewBlockCache());
    }

    [Fact]
    public void Rows_that_stand_for_themselves_are_not_read_again_on_each_page()
    {
        var bytes = Encoding.UTF8.GetBytes(Row);
        var head = Encoding.UTF8.GetBytes("<!DOCTYPE html><html lang=\"it\"><body><h1>T</h1><table><tr><th>x</th></tr>\n");
        var page = head.Concat(bytes).Concat(bytes).Concat("</table></body></html>"u8.ToArray()).ToArray();
        var tokens = new PageTokens("site/p/index.html", page, [new(head.Length, bytes), new(head.Length + bytes.Length, bytes)], new PageChecker().NewBlockCache(), System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal, "id", "href"));

        var read = tokens.Read(() => true).ToArray();

        Assert.True(tokens.Replayed);
        Assert.Equal(2, read.Count(t => t.Attribute("id") == "dup"));
        Assert.Equal([3, 7], read.Where(t => t.Attribute("id") == "dup").Select(t => t.Line));
    }

    [Fact]
    public void A_page_whose_skeleton_is_kept_gives_the_checks_of_the_whole_page_when_a_row_changes()
    {
        var known = new PageChecker().NewBlockCache(keepSkeletons: true);
        OutputFile Page(string second)
        {
            var head = "<!DOCTYPE html>\n<html lang=\"it\">\n<body><h1>T</h1>\n<table><tr><th>x</th></tr>\n";
            var rows = new[] { Row, second, Row };
            var html = new StringBuilder(head);
            var blocks = new List<RepeatedBlock>();
            foreach (var row in rows)
            {
                blocks.Add(new RepeatedBlock(Encoding.UTF8.GetByteCount(html.ToString()), Encoding.UTF8.GetBytes(row)));
                html.Append(row).Append("<!-- tra le righe -->\n");
            }
            html.Append("</table><a href=\"#fine\" id=\"dup\">fine</a></body></html>");
            return new OutputFile("site/p/index.html", Encoding.UTF8.GetBytes(html.ToString())) { Blocks = [.. blocks] };
        }

        AssertSameChecks(Page(Row), known);
        // The same skeleton, a row with other links, lines and ids: its tokens are read, the skeleton's are kept.
        AssertSameChecks(Page("<tr>\n<td id=\"nuovo\">\n\n<a href=\"nuova.html\">n</a></td>\n<td><a href=\"#dup\">d</a></td></tr>\n"), known);
        AssertSameChecks(Page(Row), known);
    }

    [Theory]
    [InlineData("x")]
    [InlineData("7")]
    [InlineData("0")]
    public void A_comment_of_the_page_that_looks_like_a_marker_makes_it_read_whole(string suffix)
    {
        var known = new PageChecker().NewBlockCache();
        var bytes = Encoding.UTF8.GetBytes(Row);
        var head = Encoding.UTF8.GetBytes($"<!DOCTYPE html><html lang=\"it\"><body><h1>T</h1><!--{known.MarkerPrefix}{suffix}--><table><tr><th>x</th></tr>\n");
        var page = new OutputFile("site/p/index.html", head.Concat(bytes).Concat("</table></body></html>"u8.ToArray()).ToArray()) { Blocks = [new(head.Length, bytes)] };
        // ... or after the page's last block, with the number the next block would have.
        var cleanHead = Encoding.UTF8.GetBytes("<!DOCTYPE html><html lang=\"it\"><body><h1>T</h1><table><tr><th>x</th></tr>\n");
        var tail = Encoding.UTF8.GetBytes($"</table><!--{known.MarkerPrefix}1--></body></html>");
        var after = new OutputFile("site/q/index.html", cleanHead.Concat(bytes).Concat(tail).ToArray()) { Blocks = [new(cleanHead.Length, bytes)] };

        AssertSameChecks(page, known);
        AssertSameChecks(after, known);
    }

    [Fact]
    public void A_kept_skeleton_is_used_only_while_it_reads_the_same_and_its_page_is_in_the_site()
    {
        var known = new PageChecker().NewBlockCache(keepSkeletons: true);
        HtmlToken[] tokens = [new(HtmlTokenKind.StartTag, "p", [], string.Empty, 1, 1)];
        known.KeepSkeleton("site/a/index.html", "<p>", tokens);
        known.KeepSkeleton("site/b/index.html", "<p>", tokens);

        known.KeepSkeletonsOf(["site/a/index.html"]);

        Assert.Same(tokens, known.SkeletonTokens("site/a/index.html", "<p>"));
        Assert.Null(known.SkeletonTokens("site/a/index.html", "<div>"));
        Assert.Null(known.SkeletonTokens("site/b/index.html", "<p>"));
        Assert.Null(new PageChecker().NewBlockCache().SkeletonTokens("site/a/index.html", "<p>"));
    }

    private static void AssertSameChecks(OutputFile page, RepeatedBlockTokens known)
    {
        var whole = new PageChecker().Check(page.Path, Encoding.UTF8.GetString(page.Content.Span));
        var blocks = new PageChecker().Check(page, known);

        Assert.Equal(whole.Ids.Order(StringComparer.Ordinal), blocks.Ids.Order(StringComparer.Ordinal));
        Assert.Equal(whole.Links.ToArray(), blocks.Links.ToArray());
        Assert.Equal(Describe(whole.Diagnostics), Describe(blocks.Diagnostics));
    }

    private static IEnumerable<string> Describe(ImmutableArray<Diagnostics.Diagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d.Span.File}:{d.Span.Line}:{d.Span.Column} {d.Code} {d.Message}");
}
