using BenchmarkDotNet.Attributes;
using PianoSite.Check;
using PianoSite.Diagnostics;
using PianoSite.Load;
using PianoSite.Model;
using PianoSite.Parse;
using PianoSite.Pipeline;
using PianoSite.Render.OpenData;
using PianoSite.Render.Site;
using PianoSite.Render.Templates;
using PianoSite.Search;
using PianoSite.Verify;
using PianoSite.Write;
using PianoSite.Output;

namespace PianoSite.Benchmarks;

/// <summary>
/// Each stage of the pipeline alone, on a synthetic plan: the hot paths found by profiling (build --timings,
/// dotnet-trace) — parsing the YAML of the missions, checking, rendering the pages, the search index,
/// verifying the rendered pages, the open data, writing.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private SyntheticPlanFixture fixture = null!;
    private ContentSet content = null!;
    private Plan plan = null!;
    private TemplateSet templates = null!;
    private IReadOnlyList<OutputFile> pages = null!;
    private IReadOnlyList<OutputFile> site = null!;
    private string output = null!;

    [Params(1_000, 10_000)]
    public int Objectives { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        fixture = new SyntheticPlanFixture(Objectives);
        var diagnostics = new DiagnosticBag();
        content = ContentLoader.Load(fixture.Root, diagnostics);
        plan = new PlanParser().Parse(content, diagnostics) ?? throw new InvalidOperationException("the synthetic plan does not parse");
        templates = TemplateSet.Load(fixture.Repository, diagnostics) ?? throw new InvalidOperationException("the templates do not load");
        pages = new SiteRenderer(templates, new SiteOptions(null, WithPdf: false)).Render(plan, diagnostics);
        site = [.. pages, .. SiteAssets.Collect(fixture.Repository, diagnostics), .. OpenDataRenderer.Render(plan)];
        output = Path.Combine(fixture.Root, "output");
    }

    [GlobalCleanup]
    public void Cleanup() => fixture.Dispose();

    [Benchmark]
    public ContentSet Load() => ContentLoader.Load(fixture.Root, new DiagnosticBag());

    [Benchmark]
    public Plan? Parse() => new PlanParser().Parse(content, new DiagnosticBag());

    [Benchmark]
    public IReadOnlyList<Diagnostic> Check() => PlanChecker.WithAllRules().Check(plan, []);

    [Benchmark]
    public TemplateSet? CompileTemplates() => TemplateSet.Load(fixture.Repository, new DiagnosticBag());

    [Benchmark]
    public IReadOnlyList<OutputFile> RenderSite() => new SiteRenderer(templates, new SiteOptions(null, WithPdf: false)).Render(plan, new DiagnosticBag());

    /// <summary>The preview's first answer to a save: the open page alone (a driver's, with its objectives table).</summary>
    [Benchmark]
    public int RenderOpenPage()
    {
        var files = new List<OutputFile>();
        new SiteRenderer(templates, new SiteOptions(null, WithPdf: false)).RenderPages(plan, OpenPage, new DiagnosticBag(), files.Add);
        return files.Sum(f => f.Content.Length);
    }

    /// <summary>The plan's cross references, which every render (and the open page alone) builds first.</summary>
    [Benchmark]
    public SiteLookup Lookup() => new(plan);

    private IReadOnlySet<string> OpenPage => new HashSet<string> { $"{SiteLayout.Folder}/agenda-strategica/{plan.Drivers[0].Slug}/index.html" };

    [Benchmark]
    public int RenderOpenData() => OpenDataRenderer.Render(plan).Sum(f => f.Content.Length);

    [Benchmark]
    public IReadOnlyList<OutputFile> SearchIndex()
    {
        var writer = new MemoryOutputWriter();
        foreach (var page in pages)
        {
            writer.Add(page);
        }
        using var folder = writer.OpenSiteFolder();
        return new PagefindIndex(fixture.Repository).Build(folder.Path, new DiagnosticBag());
    }

    [Benchmark]
    public IReadOnlyList<Diagnostic> VerifySite() => SiteVerifier.Verify(site);

    /// <summary>The verify stage's checks of each page alone, every page read whole (<see cref="BuildOptions.FastPaths"/> off).</summary>
    [Benchmark]
    public int VerifyPagesWhole()
    {
        var checker = new PageChecker();
        return pages.Where(p => SiteLayout.IsPage(p.Path)).Count(p => checker.Check(p.Path, System.Text.Encoding.UTF8.GetString(p.Content.Span)) is { Diagnostics.IsEmpty: true });
    }

    /// <summary>The same checks with each objective's row read once for the whole site (<see cref="OutputFile.Blocks"/>), as a build does.</summary>
    [Benchmark]
    public int VerifyPagesRowsOnce()
    {
        var checker = new PageChecker();
        var known = checker.NewBlockCache();
        return pages.Where(p => SiteLayout.IsPage(p.Path)).Count(p => checker.Check(p, known) is { Diagnostics.IsEmpty: true });
    }

    [Benchmark]
    public IReadOnlyList<Diagnostic> Write() => new DiskOutputWriter(output).Write(pages);

    [Benchmark]
    public BuildResult WholeBuild() => new BuildPipeline(new BuildOptions(fixture.Root, output) { TemplatesRoot = fixture.Repository }).Build();
}
