using PianoSite.Pipeline;
using PianoSite.Render.Site;
using PianoSite.Tests.Site;

namespace PianoSite.Tests.Pipeline;

/// <summary>
/// The preview's first answer to a save (<see cref="RunProfile.Pages"/>): only the pages asked for, the
/// same bytes as in the complete rebuild (otherwise an open page would reload twice), and a rebuild that stops
/// when a newer save makes it useless.
/// </summary>
public sealed class RenderPagesTests : IDisposable
{
    private static readonly IReadOnlyList<PianoSite.Write.OutputFile> PreviewFiles = PianoSite.Serve.PreviewAssets.Load().AsSiteFiles();

    private readonly string root = Path.Combine(Path.GetTempPath(), "pianosite-pages-" + Guid.NewGuid().ToString("N"));
    private readonly BuildPipeline pipeline;

    public RenderPagesTests()
    {
        GoldenSite.CopyTo(root);
        pipeline = new BuildPipeline(new BuildOptions(root, Path.Combine(root, "output"), BaseUrl: "https://www.esempio.it/piano/"));
    }

    [Fact]
    public void Only_the_pages_asked_for_are_made_with_the_bytes_of_the_complete_rebuild()
    {
        string[] asked = ["site/missioni/m1/index.html", "site/attori/comuni/index.html", "site/index.html", "site/404.html"];

        var part = pipeline.Render(RunProfile.Preview(PreviewFiles, asked.ToHashSet()), new StageTimings(), CancellationToken.None);
        var whole = pipeline.Render(RunProfile.Preview(PreviewFiles), new StageTimings(), CancellationToken.None);

        Assert.True(part.Succeeded);
        Assert.Equal(asked.Order(StringComparer.Ordinal), part.Files.Select(f => f.Path).Order(StringComparer.Ordinal));
        foreach (var file in part.Files)
        {
            Assert.True(whole.Files.Single(f => f.Path == file.Path).Content.Span.SequenceEqual(file.Content.Span), file.Path);
        }
    }

    [Fact]
    public void A_rebuild_after_an_edit_makes_again_only_the_rows_that_changed()
    {
        const string Page = "site/missioni/m1/index.html";
        var preview = new BuildPipeline(pipeline.Options);
        BuildResult Render(BuildPipeline run) => run.Render(RunProfile.Preview(PreviewFiles), new StageTimings(), CancellationToken.None);
        var before = Render(preview);
        var mission = Path.Combine(root, "content", "missioni", "m1.yml");
        File.WriteAllText(mission, File.ReadAllText(mission).Replace("text: Primo obiettivo,", "text: Primo obiettivo modificato,", StringComparison.Ordinal));

        var after = Render(preview);
        var fresh = Render(new BuildPipeline(preview.Options));

        // The preview's rebuild makes the edited row again; the others are the same arrays (a build forgets its rows).
        // So does the print page, which the preview makes again at every save: its first row is the same objective's.
        foreach (var page in new[] { Page, "site/stampa/index.html" })
        {
            var rowsBefore = before.Files.Single(f => f.Path == page).Blocks.Select(b => b.Bytes).ToArray();
            var rowsAfter = after.Files.Single(f => f.Path == page).Blocks.Select(b => b.Bytes).ToArray();
            Assert.True(rowsAfter.Length >= 2, page);
            Assert.Equal(rowsBefore.Length, rowsAfter.Length);
            Assert.Equal([0], Enumerable.Range(0, rowsAfter.Length).Where(i => !ReferenceEquals(rowsBefore[i], rowsAfter[i])));
            Assert.Contains("Primo obiettivo modificato", System.Text.Encoding.UTF8.GetString(rowsAfter[0]), StringComparison.Ordinal);
        }
        // ... and the site is the one a new pipeline makes.
        Assert.Equal(fresh.Files.Select(f => f.Path), after.Files.Select(f => f.Path));
        Assert.All(fresh.Files.Zip(after.Files), pair => Assert.True(pair.First.Content.Span.SequenceEqual(pair.Second.Content.Span), pair.First.Path));
    }

    [Fact]
    public void A_page_that_does_not_exist_or_is_not_a_page_is_not_made()
    {
        var part = pipeline.Render(RunProfile.Preview(PreviewFiles, new HashSet<string> { "site/missioni/m9/index.html", "site/dati/obiettivi.csv", "site/sitemap.xml" }), new StageTimings(), CancellationToken.None);

        Assert.True(part.Succeeded);
        Assert.Empty(part.Files);
    }

    [Fact]
    public void Each_page_made_alone_is_the_route_of_the_whole_list()
    {
        var plan = pipeline.Check().Plan!;
        var options = new SiteOptions(null, WithPdf: false);
        var all = new SiteRoutes(plan, options).All();

        foreach (var route in all)
        {
            var alone = Assert.Single(new SiteRoutes(plan, options).Only(file => file == route.FilePath));
            Assert.Equal((route.Path, route.Template, route.Title, route.Rows, route.Searchable), (alone.Path, alone.Template, alone.Title, alone.Rows, alone.Searchable));
        }
    }

    [Fact]
    public void A_cancelled_rebuild_stops_and_the_next_one_is_complete()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => pipeline.Render(RunProfile.Preview(PreviewFiles), new StageTimings(), cancelled.Token));
        var next = pipeline.Render();

        Assert.True(next.Succeeded);
        Assert.Contains(next.Files, f => f.Path == "site/sitemap.xml");
        Assert.Contains(next.Files, f => f.Path == "site/missioni/m2/index.html");
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
