using System.Text;
using PianoSite.Diagnostics;
using PianoSite.Pipeline;
using PianoSite.Output;
using PianoSite.Search;
using PianoSite.Synth;
using PianoSite.Tests.Support;
using PianoSite.Verify;
using PianoSite.Write;

namespace PianoSite.Tests.Site;

/// <summary>
/// A build gives Pagefind only the indexed pages, without the rows it ignores (<see cref="SearchInput"/>): the
/// index must be the one Pagefind makes from the whole site, and the reading of each page must find exactly the
/// rows inside <c>data-pagefind-ignore="all"</c>.
/// </summary>
public sealed class SearchInputTests
{
    [Fact]
    public void The_index_made_from_the_search_input_is_the_index_of_the_whole_site_byte_for_byte()
    {
        using var synthetic = FixturePlan.Synthetic(new SynthOptions(300, 6, 4));
        var root = synthetic.Root;
        var output = Path.Combine(root, "output");
        Assert.True(new BuildPipeline(new BuildOptions(root, output) { TemplatesRoot = TestPaths.RepositoryRoot }).Build().Succeeded);
        // The whole site where the build's search input goes, its files made in the order of their paths as the
        // build makes them for Pagefind (which numbers pages in the order its folders list them).
        var whole = ProcessFolders.NewTemporaryPath("pianosite-test-whole-");
        CopyPages(Path.Combine(output, "site"), whole);
        var diagnostics = new DiagnosticBag();

        IReadOnlyList<OutputFile> fromWholeSite;
        try
        {
            fromWholeSite = new PagefindIndex(TestPaths.RepositoryRoot).Build(whole, diagnostics);
        }
        finally
        {
            ProcessFolders.DeleteQuietly(whole);
        }

        Assert.Empty(diagnostics.Items);
        var built = Directory.EnumerateFiles(Path.Combine(output, "site", SiteLayout.SearchFolder), "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".gz", StringComparison.Ordinal) && !f.EndsWith(".br", StringComparison.Ordinal))   // the build's compressed copies (PrecompressingWriter)
            .ToDictionary(f => "site/pagefind/" + Path.GetRelativePath(Path.Combine(output, "site", SiteLayout.SearchFolder), f).Replace('\\', '/'), File.ReadAllBytes);
        Assert.Equal(fromWholeSite.Select(f => f.Path).Order(StringComparer.Ordinal), built.Keys.Order(StringComparer.Ordinal));
        Assert.All(fromWholeSite, f => Assert.True(f.Content.Span.SequenceEqual(built[f.Path]), f.Path));
        Assert.Contains(fromWholeSite, f => f.Path.Contains("/fragment/", StringComparison.Ordinal));
    }

    private static void CopyPages(string site, string to)
    {
        foreach (var file in Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var target = Path.Combine(to, Path.GetRelativePath(site, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private const string Row = "<tr><td><a href=\"x.html\">x</a></td></tr>\n";

    [Theory]
    // the rows inside an ignored region are found, not those outside it, nested elements of the same name included
    [InlineData("<main data-pagefind-body><div data-pagefind-ignore=\"all\"><div><table>@</table></div>@</div><table>@</table></main>", true, "0,1")]
    // a page without data-pagefind-body is not indexed
    [InlineData("<main><div data-pagefind-ignore=\"all\"><table>@</table></div></main>", false, "0")]
    // ignore without "all" leaves the rows in
    [InlineData("<main data-pagefind-body><div data-pagefind-ignore><table>@@</table></div></main>", true, "")]
    // a void element ignored holds nothing: the rows after it are read
    [InlineData("<main data-pagefind-body><img src=\"x.png\" alt=\"\" data-pagefind-ignore=\"all\"><table>@</table></main>", true, "")]
    // a region on an element whose end tag may be left out, or never closed: every row is read
    [InlineData("<main data-pagefind-body><p data-pagefind-ignore=\"all\">x<table>@</table></p></main>", true, "")]
    [InlineData("<main data-pagefind-body><div data-pagefind-ignore=\"all\"><table>@</table></main>", true, "")]
    public void Reading_a_page_finds_its_rows_that_pagefind_ignores(string body, bool indexed, string ignored)
    {
        var parts = body.Split('@');
        var row = Encoding.UTF8.GetBytes(Row);
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"it\"><body><h1>T</h1>");
        var blocks = new List<RepeatedBlock>();
        for (var i = 0; i < parts.Length; i++)
        {
            html.Append(parts[i]);
            if (i < parts.Length - 1)
            {
                blocks.Add(new RepeatedBlock(Encoding.UTF8.GetByteCount(html.ToString()), row));
                html.Append(Row);
            }
        }
        html.Append("</body></html>");
        var extent = Read(Encoding.UTF8.GetBytes(html.ToString()), [.. blocks], NewRows());

        Assert.Equal(indexed, extent.Indexed);
        Assert.Equal(ignored, string.Join(',', extent.IgnoredBlocks));
    }

    [Fact]
    public void A_row_that_does_not_close_what_it_opens_is_never_left_out()
    {
        var row = "<tr><td><div>x</td></tr>\n"u8.ToArray();
        var head = "<!DOCTYPE html><html lang=\"it\"><body><h1>T</h1><main data-pagefind-body><div data-pagefind-ignore=\"all\"><table>"u8.ToArray();
        var page = head.Concat(row).Concat("</table></div></main></body></html>"u8.ToArray()).ToArray();

        var extent = Read(page, [new RepeatedBlock(head.Length, row)], NewRows());

        Assert.True(extent.Indexed);
        Assert.Empty(extent.IgnoredBlocks);
    }

    [Theory]
    // an actor cell and a link cell, as the templates write them: both left out, and the text cell kept
    [InlineData("<tr><td>testo</td><td data-pagefind-ignore class=\"a\"><span>sì</span></td><td data-pagefind-ignore><a href=\"x.html\">M1C1</a></td></tr>", "<tr><td>testo</td></tr>")]
    // a value other than "all" ignores the element's text too
    [InlineData("<tr><td data-pagefind-ignore=\"index\">a</td><td>b</td></tr>", "<tr><td>b</td></tr>")]
    // letters of two, three and four bytes before and inside the element
    [InlineData("<tr><td>città € 𝄞</td><td data-pagefind-ignore>però 𝄞</td><td>è</td></tr>", "<tr><td>città € 𝄞</td><td>è</td></tr>")]
    // an ignored element inside another: the outer one is left out whole
    [InlineData("<tr><td data-pagefind-ignore><span data-pagefind-ignore>a</span>b</td></tr>", "<tr></tr>")]
    // kept: an id inside (Pagefind may use it as an anchor), another Pagefind attribute (a filter, read even when ignored)
    [InlineData("<tr><td data-pagefind-ignore><span id=\"s\">a</span></td></tr>", null)]
    [InlineData("<tr><td data-pagefind-ignore><span data-pagefind-filter=\"attore\">a</span></td></tr>", null)]
    // kept: what a browser would end before its end tag (table structure in a cell, a paragraph ignored)
    [InlineData("<tr><td data-pagefind-ignore><table><tr><th>a</th></tr></table></td></tr>", null)]
    [InlineData("<div><p data-pagefind-ignore>a</p></div>", null)]
    // kept: a block that does not close what it opens
    [InlineData("<tr><td data-pagefind-ignore><span>a</td></tr>", null)]
    public void A_row_read_by_the_index_leaves_out_the_elements_pagefind_ignores(string row, string? expected)
    {
        var bytes = Encoding.UTF8.GetBytes(row);
        var known = NewRows();
        known.Of(bytes);

        Assert.Equal(expected ?? row, Kept(bytes, new SearchExtent(true, []).LeftOut(bytes, [new RepeatedBlock(0, bytes)], known)));
    }

    [Fact]
    public void A_page_read_whole_leaves_nothing_out()
    {
        var row = "<tr><td data-pagefind-ignore>a</td></tr>\n"u8.ToArray();
        var known = NewRows();
        known.Of(row);

        var page = new byte[6 + row.Length];
        row.CopyTo(page, 6);
        Assert.Empty(SearchExtent.Whole(indexed: true).LeftOut(page, [new RepeatedBlock(0, row)], known));
        Assert.Equal([(10, 31)], new SearchExtent(true, []).LeftOut(page, [new RepeatedBlock(6, row)], known));
    }

    [Theory]
    // the header and the footer around the indexed element are left out, letters of several bytes included
    [InlineData("<header data-pagefind-ignore=\"all\"><nav id=\"n\"><a href=\"c.html\">Città</a> 𝄞</nav></header>\n", "<footer>Piè di pagina</footer>\n", true)]
    // kept: what Pagefind takes from outside the indexed element (a title, an image, metadata, a filter, a sort)
    [InlineData("<header><h1>Intestazione</h1></header>", "", false)]
    [InlineData("<header><img src=\"logo.png\" alt=\"\"></header>", "", false)]
    [InlineData("", "<footer><span data-pagefind-meta=\"autore\">A</span></footer>", false)]
    [InlineData("<div data-pagefind-filter=\"tema\">T</div>", "", false)]
    [InlineData("", "<p data-pagefind-sort=\"data\">1</p>", false)]
    // kept: a second indexed element
    [InlineData("", "<div data-pagefind-body>altro</div>", false)]
    public void The_parts_of_the_body_around_the_indexed_element_are_left_out_when_pagefind_reads_nothing_there(string before, string after, bool leftOut)
    {
        const string Head = "<!DOCTYPE html>\n<html lang=\"it\">\n<head><title>T</title></head>\n<body>\n";
        const string Indexed = "<main data-pagefind-body><h1>Titolo è</h1><p>Testo</p></main>\n";
        const string End = "</body>\n</html>\n";
        var bytes = Encoding.UTF8.GetBytes(Head + before + Indexed + after + End);
        var extent = Read(bytes, [], NewRows());

        var kept = Kept(bytes, extent.LeftOut(bytes, [], NewRows()));

        Assert.Equal(leftOut ? Head + Indexed + End : Head + before + Indexed + after + End, kept);
    }

    [Fact]
    public void The_parts_of_the_body_are_found_around_rows_read_once()
    {
        var row = Encoding.UTF8.GetBytes(Row);
        var head = Encoding.UTF8.GetBytes("<!DOCTYPE html><html lang=\"it\"><body><header>Città</header>\n<main data-pagefind-body><h1>T</h1><div><table>");
        var tail = Encoding.UTF8.GetBytes("</table></div></main><footer>Piè</footer></body></html>");
        var bytes = head.Concat(row).Concat(row).Concat(tail).ToArray();
        var known = NewRows();
        RepeatedBlock[] blocks = [new(head.Length, row), new(head.Length + row.Length, row)];
        var extent = Read(bytes, blocks, known);

        var kept = Kept(bytes, extent.LeftOut(bytes, [.. blocks], known));

        Assert.True(extent.BlocksPlaced);
        Assert.Equal("<!DOCTYPE html><html lang=\"it\"><body><main data-pagefind-body><h1>T</h1><div><table>" + Row + Row + "</table></div></main></body></html>", kept);
    }

    private static readonly PageChecker Checker = new(SearchExtentReader.Attributes);

    /// <summary>The rows' reading as a build's verify stage makes it for the search stage.</summary>
    private static RepeatedBlockTokens NewRows() => Checker.NewBlockCache(SearchExtentReader.IgnoreAttribute);

    /// <summary>What the search stage learns by following the verify stage's reading of a page.</summary>
    private static SearchExtent Read(byte[] page, RepeatedBlock[] blocks, RepeatedBlockTokens known)
    {
        var reading = SearchStage.Follow();
        Checker.Check(new OutputFile("site/p/index.html", page) { Blocks = [.. blocks] }, known, reading);
        return reading.Extent;
    }

    /// <summary>The text of <paramref name="bytes"/> without the parts left out, as the search input writes it.</summary>
    private static string Kept(byte[] bytes, IEnumerable<(int Offset, int Length)> leftOut)
    {
        var kept = new List<byte>();
        var from = 0;
        foreach (var (offset, length) in leftOut)
        {
            kept.AddRange(bytes[from..offset]);
            from = offset + length;
        }
        kept.AddRange(bytes[from..]);
        return Encoding.UTF8.GetString([.. kept]);
    }
}
