using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.IO;
using PianoSite.Check;
using PianoSite.Diagnostics;
using PianoSite.Load;
using PianoSite.Model;
using PianoSite.Output;
using PianoSite.Parse;
using PianoSite.Pdf;
using PianoSite.Render.Catalogue;
using PianoSite.Render.OpenData;
using PianoSite.Render.Print;
using PianoSite.Render.Site;
using PianoSite.Render.Templates;
using PianoSite.Search;
using PianoSite.Verify;
using PianoSite.Write;

namespace PianoSite.Pipeline;

/// <summary>
/// The stages of PianoSite, in execution order and in one place (<see cref="Run"/>); each consumes what the one
/// before produced and never reaches back:
/// <code>
///  1. load     content/                      → source files                 (Load/)
///  2. parse    source files                  → YAML and Markdown, positioned (Parse/)
///  3. model    parsed files                  → the plan: immutable records   (Model/)
///  4. check    the plan                      → diagnostics; errors stop here (Check/)
///  5. render   the plan, templates/          → the editions' files           (Render/)
///  6. verify   each page, then all of them   → its problems, ids and links   (Verify/)
///  7. search   the indexed pages             → Pagefind's input, the index   (Search/)
///  8. write    every file                    → output/, swapped in at once   (Write/); then the PDF (Pdf/)
/// </code>
/// A page goes through render → verify → search input → write on its own, as soon as it is made, pages in parallel
/// (<see cref="PageScheduler"/>): a build never holds the whole site in memory. The rest is sequential but for two
/// things done side by side, both visible in <see cref="Run"/>: the templates compile while the plan is loaded, parsed
/// and checked, and Pagefind indexes the pages while the open data is made and the links are checked.
/// What a run makes is data (<see cref="RunProfile"/>); the writer is the only other difference between a build
/// (<see cref="Build"/>, a staging folder on disk) and the preview (<see cref="Render"/>, in memory). One instance keeps its
/// compiled templates and, when the profile says so, its caches between runs: a rebuild of the preview re-parses only
/// the content files that changed and re-reads only the rows and pages that changed.
/// </summary>
public sealed class BuildPipeline(BuildOptions options)
{
    private readonly PlanParser parser = new();
    private readonly PlanChecker checker = PlanChecker.WithAllRules();
    private (ImmutableArray<SourceFile> Sources, TemplateSet Set)? compiledTemplates;

    /// <summary>Reads every page; follows each reading for the search stage when there is one.</summary>
    private readonly PageChecker pageChecker = new(SearchExtentReader.Attributes);

    /// <summary>
    /// The buffers pages are made into, each given back once its page is written (<see cref="OutputFile.Release"/>), so
    /// that the next page reuses it: a large plan's pages are megabytes each (an actor's page of 50,000 objectives,
    /// 40 MB), and new arrays for them made most of a build's full garbage collections. The pool keeps at most
    /// 256 MB of free buffers, and none larger than 64 MB.
    /// </summary>
    private readonly RecyclableMemoryStreamManager pageBuffers = new(new RecyclableMemoryStreamManager.Options
    {
        UseExponentialLargeBuffer = true,
        MaximumBufferSize = 64 << 20,
        MaximumLargePoolFreeBytes = 256 << 20,
        MaximumSmallPoolFreeBytes = 16 << 20,
    });

    /// <summary>What a run with <see cref="RunProfile.KeepCaches"/> leaves to the next: pages verified, rows read (the preview).</summary>
    private readonly VerifiedPageCache keptPages = new();
    private RepeatedBlockTokens? keptRows;

    public BuildOptions Options => options;

    /// <summary>Stages 1–4.</summary>
    public BuildResult Check() => Check(new StageTimings());

    /// <summary>Stages 1–4.</summary>
    /// <param name="timings">receives the time of each stage.</param>
    public BuildResult Check(StageTimings timings)
    {
        var diagnostics = new DiagnosticBag();
        var plan = Model(timings, diagnostics);
        return Checked(plan, diagnostics, timings);
    }

    /// <summary>Every stage, every file in memory (the PDF only with <see cref="BuildOptions.WithPdf"/>).</summary>
    public BuildResult Render() => Render(RunProfile.Complete, new StageTimings(), CancellationToken.None);

    /// <summary>The stages <paramref name="profile"/> asks for, the files kept in memory: the preview, the tests.</summary>
    /// <param name="timings">receives the time of each stage.</param>
    /// <param name="cancellation">
    /// stops the run between pages and between stages, with <see cref="OperationCanceledException"/> (the preview,
    /// when a newer save makes this rebuild useless).
    /// </param>
    public BuildResult Render(RunProfile profile, StageTimings timings, CancellationToken cancellation)
    {
        var files = new MemoryOutputWriter();
        var result = Run(profile, files, timings, cancellation);
        return result with { Files = files.Files, FileCount = files.Paths.Count };
    }

    /// <summary>Every stage: the editions written to the output folder, swapped in only when the build succeeded.</summary>
    public BuildResult Build() => Build(new StageTimings());

    /// <summary>Every stage: the editions written to the output folder, swapped in only when the build succeeded.</summary>
    /// <param name="timings">receives the time of each stage.</param>
    public BuildResult Build(StageTimings timings)
    {
        var refusal = OutputLocation.Validate(options.Root, options.Output);
        if (refusal is not null)
        {
            return new BuildResult(null, [refusal], [], options.Strict);
        }
        // The text assets get gzip and Brotli copies beside them, for static hosts (the preview's server needs none).
        using var writer = new DiskOutputWriter(options.Output);
        var result = Run(RunProfile.Complete, new PrecompressingWriter(writer), timings, CancellationToken.None) with { FileCount = writer.Paths.Count };
        if (!result.Succeeded)
        {
            return result;   // disposing the writer removes the staging folder: the last good output stays
        }
        var written = timings.Measure("commit", writer.Commit);                                                  // 8. write: the swap
        return result with { Diagnostics = [.. result.Diagnostics, .. written] };
    }

    /// <summary>The stages, in order, into <paramref name="writer"/>.</summary>
    private BuildResult Run(RunProfile profile, IOutputWriter writer, StageTimings timings, CancellationToken cancellation)
    {
        // The templates do not depend on the plan: they compile while stages 1–4 run (the largest fixed cost of a
        // small build). Their problems count only for a plan that passed its checks.
        var templateDiagnostics = new DiagnosticBag();
        var compiling = Task.Run(() => timings.Measure("templates", () => LoadTemplates(templateDiagnostics)));
        var read = new DiagnosticBag();
        var plan = Model(timings, read);                                                                         // 1–3. load, parse, model
        var result = Checked(plan, read, timings);                                                               // 4. check
        var templates = compiling.GetAwaiter().GetResult();
        if (plan is null || !result.Succeeded)
        {
            return result;
        }
        if (templates is null)
        {
            return result with { Diagnostics = [.. result.Diagnostics, .. templateDiagnostics.Items] };
        }

        var diagnostics = new DiagnosticBag();   // the problems of the stages from 5 on
        var siteOptions = new SiteOptions(options.BaseUrl, options.WithPdf, IsPreview: profile.PreviewFiles is not null);
        var site = new SiteRenderer(templates, siteOptions, pageBuffers);
        var rows = !options.FastPaths ? null : profile.KeepCaches ? keptRows ??= pageChecker.NewBlockCache(keepSkeletons: true)
            : pageChecker.NewBlockCache(marked: profile.SearchIndex ? SearchExtentReader.IgnoreAttribute : null);
        using var search = profile.SearchIndex ? new SearchStage(options.TemplatesRoot, trimmed: options.FastPaths) : null;
        var pass = new PagePass(pageChecker, rows, profile.KeepCaches ? keptPages : null, search, writer, timings);
        if (profile.Pages is { } open)
        {
            timings.Measure("pages", () => site.RenderPages(plan, open, diagnostics, pass.Emit));                 // 5. render: the open pages alone
            return result with { Diagnostics = [.. result.Diagnostics, .. diagnostics.Items] };                   //    (the complete run follows)
        }
        var routes = timings.Measure("routes", () => new SiteRoutes(plan, siteOptions).All());                   // 5. render: every page's view model,
        timings.Measure("pages", () => site.Render(plan, routes, diagnostics, pass.Emit, cancellation));        //    the pages and the sitemap,
        if (!profile.KeepCaches)
        {
            templates.Rows.Clear();   // no next run: the site's rows need not outlive its pages (50,000 objectives: ~100 MB)
        }
        var print = new PrintRenderer(templates, pageBuffers);
        if (timings.Measure("print page", () => print.Render(plan, PrintPageNumbers.None, diagnostics)) is { } printPage)   //    the print page,
        {
            pass.Emit(printPage);
        }
        var assets = timings.Measure("assets", () => SiteAssets.Collect(options.TemplatesRoot, diagnostics, options.FastPaths));    //    the assets,
        foreach (var file in assets.Concat(profile.PreviewFiles ?? []))
        {
            pass.Emit(file);
        }
        // Every page is made: the rows a next run may use again are kept (the preview), the others let go (the print
        // page's too: the PDF's printing makes its own).
        if (profile.KeepCaches)
        {
            templates.Rows.ForgetUnused();
            keptPages.KeepOnly(pass.Verified);
            keptRows?.KeepSkeletonsOf(pass.Verified.Select(p => p.OutputPath));
        }
        else
        {
            templates.Rows.Clear();
        }
        cancellation.ThrowIfCancellationRequested();
        if (writer.Failure is { } failure)
        {
            diagnostics.Add(failure);   // nothing more can be written: the stages below are skipped
        }

        // Pagefind (a process of its own) reads the pages in the search input while the open data is made and the
        // links are checked: nothing below changes a page, and no page links into the index (search.js loads it).
        var searchDiagnostics = new DiagnosticBag();
        var indexing = search is not null && !diagnostics.HasErrors
            ? Task.Run(() => timings.Measure("search", () => search.Index(writer.OpenSiteFolder, searchDiagnostics)))   // 7. search
            : Task.FromResult<IReadOnlyList<OutputFile>>([]);
        try
        {
            foreach (var file in timings.Measure("open data", () => OpenDataRenderer.Render(plan)                  // 5. render: the open data
                .Concat(CatalogueRenderer.Render(plan, options.BaseUrl, diagnostics)).ToArray()))                 //    and its catalogue
            {
                pass.Emit(file);
            }
            if (!diagnostics.HasErrors)
            {
                // The PDF is printed after verification, so the site's links to it count as resolved here.
                IReadOnlyList<string> promised = options.WithPdf ? [PdfEdition.SiteCopyPath] : [];
                var links = timings.Measure("links", () =>
                    SiteVerifier.CheckLinks(pass.Verified, writer.Paths, promised, [.. plan.Prose.SelectMany(p => p.Links)]));
                diagnostics.AddRange(WithTemplates(links, routes));  // 6. verify: links
            }
        }
        finally
        {
            ((IAsyncResult)indexing).AsyncWaitHandle.WaitOne();   // Pagefind reads the search input's folder, removed with it
        }
        foreach (var file in indexing.GetAwaiter().GetResult())
        {
            writer.Add(file);                                                                                     // 8. write: the index
        }
        diagnostics.AddRange(searchDiagnostics.Items);
        if (options.WithPdf && !diagnostics.HasErrors)
        {
            var pdf = timings.Measure("pdf", () => new PdfEdition(print, options.Browser,
                SourceDate.Resolve(options.Root, options.SourceDateEpoch)).Build(plan, assets, diagnostics));  // the PDF edition
            foreach (var file in pdf)
            {
                writer.Add(file);   // with the print page numbered, in the place of the one above
                file.Release();
            }
        }
        return result with { Diagnostics = [.. result.Diagnostics, .. diagnostics.Items] };
    }

    /// <summary>Stages 1–3: the plan, or null when it cannot be built; the problems found into <paramref name="diagnostics"/>.</summary>
    private Plan? Model(StageTimings timings, DiagnosticBag diagnostics)
    {
        var content = timings.Measure("load", () => ContentLoader.Load(options.Root, diagnostics));              // 1. load
        return timings.Measure("parse", () => parser.Parse(content, diagnostics));                               // 2–3. parse, model
    }

    /// <summary>Stage 4 on the plan <see cref="Model"/> gave.</summary>
    private BuildResult Checked(Plan? plan, DiagnosticBag read, StageTimings timings)
    {
        var diagnostics = plan is null
            ? read.Items
            : timings.Measure("check", () => checker.Check(plan, read.Items));                                    // 4. check
        return new BuildResult(plan, Sorted(diagnostics), [], options.Strict);
    }

    /// <summary>
    /// Parsing the templates is a fixed cost of every rebuild, so a rebuild reuses the compiled set while the template
    /// files read the same.
    /// </summary>
    private TemplateSet? LoadTemplates(DiagnosticBag diagnostics)
    {
        var sources = TemplateSet.ReadSources(options.TemplatesRoot, diagnostics);
        if (sources is null)
        {
            return null;
        }
        if (compiledTemplates is { } cached && cached.Sources.SequenceEqual(sources.Value))
        {
            return cached.Set;
        }
        var templates = TemplateSet.Compile(sources.Value, diagnostics, rowCache: options.FastPaths);
        compiledTemplates = templates is null ? null : (sources.Value, templates);
        return templates;
    }

    /// <summary>
    /// A problem the verify stage found on a page, not in what an editor wrote (that is reported at the content's line),
    /// names the page's template as well: the page says where in the HTML, the template where to mend it.
    /// </summary>
    private static IEnumerable<Diagnostic> WithTemplates(IEnumerable<Diagnostic> found, IReadOnlyList<Route> routes)
    {
        var templateOf = routes
            .Select(r => (File: SiteLayout.OutputPath(r.FilePath), r.Template))
            .Append((File: PrintRenderer.FilePath, Template: "print"))
            .ToDictionary(r => r.File, r => TemplateSet.TemplatePath("pages/" + r.Template), StringComparer.Ordinal);
        return found.Select(d => templateOf.TryGetValue(d.Span.File, out var template)
            ? d with { Message = $"{d.Message} (pagina del modello {template}, nella cornice o nei frammenti che usa)" }
            : d);
    }

    private static List<Diagnostic> Sorted(IEnumerable<Diagnostic> diagnostics) => diagnostics
        .OrderBy(d => d.Span.File, StringComparer.Ordinal)
        .ThenBy(d => d.Span.Line)
        .ThenBy(d => d.Span.Column)
        .ThenBy(d => d.Code, StringComparer.Ordinal)
        .ToList();

    /// <summary>
    /// What happens to each file as soon as it is made, from several threads at once: verify (the checks of the page
    /// alone), the search input (the stage follows the page's reading), then write.
    /// </summary>
    /// <param name="rows">the repeated rows read once for the run (<see cref="BuildOptions.FastPaths"/>), or null: every page read whole.</param>
    /// <param name="cache">the pages verified by the previous run (the preview), or null.</param>
    /// <param name="search">the search stage, or null when the run builds no index.</param>
    private sealed class PagePass(PageChecker checker, RepeatedBlockTokens? rows, VerifiedPageCache? cache, SearchStage? search, IOutputWriter writer, StageTimings timings)
    {
        private readonly ConcurrentBag<VerifiedPage> verified = [];

        /// <summary>The pages verified so far, for the check of the links across pages.</summary>
        public IReadOnlyCollection<VerifiedPage> Verified => verified;

        public void Emit(OutputFile file)
        {
            if (SiteLayout.IsPage(file.Path))
            {
                var reading = search is null ? null : SearchStage.Follow();
                var page = timings.Accumulate("verify", () => Verify(file, reading));                                 // 6. verify: the page alone
                verified.Add(page);
                if (reading is not null)
                {
                    timings.Accumulate("search input", () => search!.Add(file, reading, rows));                       // 7. search: its input
                }
            }
            timings.Accumulate("write", () => writer.Add(file));                                                    // 8. write
            file.Release();   // written (or copied by a writer that keeps it): its buffer serves the next page
        }

        private VerifiedPage Verify(OutputFile file, SearchExtentReader? reading)
        {
            VerifiedPage Read() => rows is null
                ? checker.Check(file.Path, System.Text.Encoding.UTF8.GetString(file.Content.Span), reading)
                : checker.Check(file, rows, reading);
            // A page taken from the cache is not read: the cache serves only runs without a search stage (the preview).
            return cache is null || reading is not null ? Read() : cache.GetOrCheck(file, Read);
        }
    }
}
