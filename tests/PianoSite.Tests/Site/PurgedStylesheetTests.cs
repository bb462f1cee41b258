using System.Text;
using PianoSite.Diagnostics;
using PianoSite.Render.Site;

namespace PianoSite.Tests.Site;

/// <summary>
/// Bootstrap Italia's stylesheet cut by PurgeCSS to what the templates use: the rules of the classes and elements
/// in the templates and scripts stay, the others go, and the kept result is the one PurgeCSS gives afresh.
/// </summary>
public sealed class PurgedStylesheetTests
{
    private static readonly string Whole = Path.Combine(TestPaths.RepositoryRoot, "node_modules", "bootstrap-italia", "dist", "css", "bootstrap-italia.min.css");

    private static readonly Lazy<string> Purged = new(() => Make(TestPaths.RepositoryRoot, useCache: true));

    [Theory]
    [InlineData(".it-header-wrapper")]        // layout and includes
    [InlineData(".breadcrumb-item")]
    [InlineData(".btn-primary")]              // the search page
    [InlineData(".visually-hidden-focusable")]
    [InlineData(".card-title")]
    [InlineData(".col-lg-6")]
    [InlineData("blockquote")]                // only the plan's Markdown can make these (safelist)
    [InlineData("hr{")]
    public void Keeps_what_the_site_uses(string selector) => Assert.Contains(selector, Purged.Value, StringComparison.Ordinal);

    [Theory]
    [InlineData(".carousel")]
    [InlineData(".modal-dialog")]
    [InlineData(".megamenu")]
    [InlineData(".timeline")]
    [InlineData("VideoJS")]                    // an unused @font-face
    public void Drops_what_no_template_uses(string selector) => Assert.DoesNotContain(selector, Purged.Value, StringComparison.Ordinal);

    [Fact]
    public void Is_a_small_part_of_the_whole()
    {
        var whole = new FileInfo(Whole).Length;
        Assert.True(Purged.Value.Length < whole / 10, $"{Purged.Value.Length} of {whole} bytes");
    }

    [Fact]
    public void The_kept_result_is_what_PurgeCSS_gives_afresh()
    {
        Assert.Equal(Purged.Value, Make(TestPaths.RepositoryRoot, useCache: false));
    }

    [Fact]
    public void A_class_added_to_a_template_brings_its_rules()
    {
        var root = Path.Combine(Path.GetTempPath(), "pianosite-purge-" + Guid.NewGuid().ToString("N"));
        try
        {
            GoldenSite.CopyTo(root);
            File.AppendAllText(Path.Combine(root, "templates", "includes", "footer.sbn-html"), "<div class=\"callout\"></div>\n");
            var css = Make(root, useCache: true);
            Assert.Contains(".callout{", css, StringComparison.Ordinal);
            Assert.DoesNotContain(".modal-dialog", css, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static string Make(string root, bool useCache)
    {
        var diagnostics = new DiagnosticBag();
        var css = new PurgedStylesheet(root, useCache).Make(Whole, diagnostics);
        Assert.True(css is not null, string.Join('\n', diagnostics.Items));
        return Encoding.UTF8.GetString(css);
    }
}
