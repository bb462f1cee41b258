using PianoSite.Diagnostics;
using PianoSite.Pipeline;
using PianoSite.Render.Site;
using PianoSite.Write;

namespace PianoSite.Tests.Pipeline;

/// <summary>
/// The search index starts as soon as the website's pages are in its input (<see cref="SearchIndexRun"/>): a page
/// for the index that comes after the start must not be missing from it.
/// </summary>
public sealed class SearchIndexRunTests
{
    [Fact]
    public void A_page_for_the_index_added_after_the_start_makes_the_index_again()
    {
        using var input = new SearchInput();
        var runs = new List<int>();
        var run = new SearchIndexRun(_ =>
        {
            lock (runs)
            {
                runs.Add(input.Pages);
            }
            return [new OutputFile("site/pagefind/pagefind-entry.json", new byte[] { (byte)input.Pages })];
        });
        input.Add(Page("site/a/index.html"), []);

        run.Start(input);
        run.Wait();
        input.Add(Page("site/stampa/index.html"), []);
        run.Start(input);
        var files = run.Files();

        Assert.Equal([1, 2], runs);
        Assert.Equal(2, Assert.Single(files).Content.Span[0]);
    }

    [Fact]
    public void Without_new_pages_the_index_is_made_once_and_a_run_never_started_gives_nothing()
    {
        using var input = new SearchInput();
        var count = 0;
        var run = new SearchIndexRun(bag =>
        {
            Interlocked.Increment(ref count);
            bag.Error(Codes.SearchIndexError, SourceSpan.None, "prova");
            return [];
        });
        input.Add(Page("site/a/index.html"), []);

        Assert.Empty(new SearchIndexRun(_ => throw new InvalidOperationException("never started")).Files());
        run.Start(input);
        run.Start(input);
        run.Files();

        Assert.Equal(1, count);
        Assert.Equal(Codes.SearchIndexError, Assert.Single(run.Diagnostics).Code);
    }

    [Fact]
    public void The_search_input_holds_each_page_without_the_parts_it_is_told_to_skip()
    {
        using var input = new SearchInput();
        var block = "<tr>riga</tr>"u8.ToArray();
        var page = "<table>"u8.ToArray().Concat(block).Concat("</table>"u8.ToArray()).ToArray();

        input.Add(new OutputFile("site/m/index.html", page) { Blocks = [new RepeatedBlock(7, block)] }, [(7, block.Length)]);

        Assert.Equal("<table></table>", File.ReadAllText(Path.Combine(input.Path, "m", "index.html")));
        Assert.True(input.HasIndexedPages);
    }

    [Fact]
    public void Pagefind_gets_every_page_added_in_a_new_folder_made_in_the_order_of_their_paths()
    {
        using var input = new SearchInput();
        OutputFile Page(string path, string html) => new(path, System.Text.Encoding.UTF8.GetBytes(html));
        input.Add(Page("site/missioni/m2/index.html", "<p>m2</p>"), []);
        input.Add(Page("site/index.html", "<p>home</p>"), []);

        var first = input.Ordered();
        input.Add(Page("site/missioni/m1/index.html", "<p>m1</p>"), []);
        input.Add(Page("site/index.html", "<p>home, di nuovo</p>"), []);
        var second = input.Ordered();

        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.NotEqual(first, second);
        Assert.False(Directory.Exists(first));   // its pages moved on
        Assert.Equal(["index.html", "missioni/m1/index.html", "missioni/m2/index.html"],
            Directory.EnumerateFiles(second, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(second, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
        Assert.Equal("<p>home, di nuovo</p>", File.ReadAllText(Path.Combine(second, "index.html")));
        Assert.Empty(Directory.EnumerateFiles(input.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_page_the_search_input_cannot_write_makes_the_index_be_read_from_the_whole_site()
    {
        using var input = new SearchInput();
        File.WriteAllText(input.Path, "un file dove andrebbe la cartella");
        try
        {
            input.Add(Page("site/a/index.html"), []);

            Assert.Equal(1, input.Pages);
            Assert.False(input.HasIndexedPages);
        }
        finally
        {
            File.Delete(input.Path);
        }
    }

    private static OutputFile Page(string path) => new(path, "<html lang=\"it\"><main data-pagefind-body><h1>x</h1></main></html>"u8.ToArray());
}
