using System.Collections.Concurrent;
using System.Collections.Immutable;
using PianoSite.Check;
using PianoSite.Diagnostics;
using PianoSite.Load;
using PianoSite.Model;
using PianoSite.Parse;
using PianoSite.Pdf;
using PianoSite.Render.Catalogue;
using PianoSite.Render.OpenData;
using PianoSite.Render.Print;
using PianoSite.Render.Site;
using PianoSite.Render.Templates;
using PianoSite.Verify;
using PianoSite.Write;

namespace PianoSite.Pipeline;

/// <summary>
/// The stages of PianoSite, in execution order and in one place:
/// load → parse → model → check → render → verify → write.
/// <see cref="Check"/> stops after the check stage; <see cref="Render"/> keeps the files in memory (the
/// preview serves them from there); <see cref="Build"/> writes them to disk. Render, verify and write take
/// each page in turn as soon as it is made, pages in parallel; the links across pages are checked once all are made.
/// One instance keeps its caches between runs, so a rebuild (the preview) re-parses only the content files
/// that changed, recompiles the templates only when one changed, and re-verifies only the pages that changed.
/// </summary>
/// <param name="previewFiles">
/// the preview server's own files (its live-reload script), added to the website only in preview so that the
/// pages linking to them pass the verify stage; nothing else differs between a preview and a build.
/// </param>
public sealed class BuildPipeline(BuildOptions options, IReadOnlyList<OutputFile>? previewFiles = null)
{
    private readonly PlanParser parser = new();
    private readonly PlanChecker checker = PlanChecker.WithAllRules();
    private (ImmutableArray<SourceFile> Sources, TemplateSet Set)? compiledTemplates;
    private readonly VerifiedPageCache verifiedPages = new();

    /// <summary>The rows repeated across pages, each read once (and, in the preview, once across rebuilds while unchanged).</summary>
    private readonly RepeatedBlockTokens blockTokens = PageChecker.NewBlockCache(keepSkeletons: options.Preview);

    public BuildOptions Options => options;

    /// <summary>Stages 1–4.</summary>
    public BuildResult Check() => Check(new StageTimings());

    /// <summary>Stages 1–4.</summary>
    /// <param name="timings">receives the time of each stage.</param>
    public BuildResult Check(StageTimings timings)
    {
        var (plan, read) = Read(timings);
        return Checked(plan, read, timings);
    }

    /// <summary>Stages 1–3: the plan (null when it cannot be built) and the problems found reading it.</summary>
    private (Plan? Plan, IReadOnlyList<Diagnostic> Diagnostics) Read(StageTimings timings)
    {
        var diagnostics = new DiagnosticBag();
        var content = timings.Measure("load", () => ContentLoader.Load(options.Root, diagnostics));              // 1. load
        var plan = timings.Measure("parse", () => parser.Parse(content, diagnostics));                           // 2–3. parse, model
        return (plan, diagnostics.Items);
    }

    /// <summary>Stage 4 on what <see cref="Read"/> gave.</summary>
    private BuildResult Checked(Plan? plan, IReadOnlyList<Diagnostic> read, StageTimings timings)
    {
        var checkedDiagnostics = plan is null
            ? read
            : timings.Measure("check", () => checker.Check(plan, read));                                         // 4. check
        return new BuildResult(plan, Sorted(checkedDiagnostics), [], options.Strict);
    }

    /// <summary>Stages 1–7 with an in-memory writer: every edition in memory (the PDF only with <see cref="BuildOptions.WithPdf"/>).</summary>
    public BuildResult Render() => Render(new StageTimings());

    /// <summary>Stages 1–7 with an in-memory writer: every edition in memory (the PDF only with <see cref="BuildOptions.WithPdf"/>).</summary>
    /// <param name="timings">receives the time of each stage.</param>
    public BuildResult Render(StageTimings timings) => Render(timings, CancellationToken.None);

    /// <summary>Stages 1–7 with an in-memory writer: every edition in memory (the PDF only with <see cref="BuildOptions.WithPdf"/>).</summary>
    /// <param name="timings">receives the time of each stage.</param>
    /// <param name="cancellation">
    /// stops the run between pages and between stages, with <see cref="OperationCanceledException"/> (the
    /// preview, when a newer save makes this rebuild useless).
    /// </param>
    public BuildResult Render(StageTimings timings, CancellationToken cancellation)
    {
        var files = new MemoryOutputWriter();
        var result = Run(files, verifiedPages, timings, cancellation);
        return result with { Files = files.Files, FileCount = files.Paths.Count };
    }

    /// <summary>
    /// Stages 1–6 for some pages of the website only, in memory: the preview's first answer to a save, for the
    /// pages open in a browser. The whole plan is loaded, parsed and checked as always; only the pages named are
    /// rendered and checked on their own. The links across pages, the other files and the sitemap are left to
    /// the complete <see cref="Render(StageTimings, CancellationToken)"/> that follows.
    /// </summary>
    /// <param name="pages">the pages' files below output/ ("site/missioni/m1/index.html").</param>
    /// <param name="timings">receives the time of each stage.</param>
    public BuildResult RenderPages(IReadOnlySet<string> pages, StageTimings timings)
    {
        var files = new MemoryOutputWriter();
        var pass = new PagePass(files, verifiedPages, blockTokens, timings);
        var (result, templates, diagnostics) = Prepare(timings, (plan, ready, bag) =>
            timings.Measure("pages", () => SiteRendererFor(ready).RenderPages(plan, pages, bag, pass.Emit)));
        if (templates is null)
        {
            return result;   // the pages made while the plan was checked are dropped with the failed check
        }
        return result with { Diagnostics = [.. result.Diagnostics, .. diagnostics.Items], Files = files.Files, FileCount = files.Paths.Count };
    }

    /// <summary>Stages 1–7: the editions written to the output folder, swapped in only when the build succeeded.</summary>
    public BuildResult Build() => Build(new StageTimings());

    /// <summary>Stages 1–7: the editions written to the output folder, swapped in only when the build succeeded.</summary>
    /// <param name="timings">receives the time of each stage.</param>
    public BuildResult Build(StageTimings timings)
    {
        var refusal = OutputLocation.Validate(options.Root, options.Output);
        if (refusal is not null)
        {
            return new BuildResult(null, [refusal], [], options.Strict);
        }
        // Each file goes to the staging folder as soon as it is made: a build holds no page in memory longer
        // than it takes to render, verify and write it (a 50,000-objective plan makes 450 MB of pages).
        using var writer = new DiskOutputWriter(options.Output);
        var result = Run(writer, cache: null, timings, CancellationToken.None) with { FileCount = writer.Paths.Count };
        if (!result.Succeeded)
        {
            return result;   // disposing the writer removes the staging folder: the last good output stays
        }
        var writeDiagnostics = timings.Measure("commit", writer.Commit);                                         // 7. write: the swap
        return result with { Diagnostics = [.. result.Diagnostics, .. writeDiagnostics] };
    }

    /// <summary>
    /// Stages 1–7 into <paramref name="writer"/>. Each page goes through render → verify (the checks of the page
    /// alone) → write on its own, pages in parallel; once every file is made, the links are checked across pages
    /// while the search index is built. The writer is the only difference between a build and the preview.
    /// </summary>
    /// <param name="cache">the verify results of the previous run (the preview), or null.</param>
    /// <param name="cancellation">checked between pages and between stages.</param>
    private BuildResult Run(IOutputWriter writer, VerifiedPageCache? cache, StageTimings timings, CancellationToken cancellation)
    {
        IReadOnlyList<Route>? routes = null;
        var (result, templates, diagnostics) = Prepare(timings, besideCheck: plan => routes = timings.Measure("routes", () => new SiteRoutes(plan, SiteOptions).All()));
        if (templates is null)
        {
            return result;
        }
        var plan = result.Plan!;
        // The preview builds its search index from the whole pages, when a page asks for it (PreviewSearchIndex).
        using var searchInput = options.Preview ? null : new SearchInput();
        var pass = new PagePass(writer, cache, blockTokens, timings, searchInput);
        var site = SiteRendererFor(templates);
        timings.Measure("pages", () => site.Render(plan, routes!, diagnostics, pass.Emit, cancellation));        // 5. render: website,
        if (!options.Preview)
        {
            templates.Rows.Clear();   // a build has no next run: its rows need not outlive its pages (50,000 objectives: ~100 MB)
        }

        // The search index (Pagefind, a separate process) reads only the website's pages: it starts on them while
        // the other files are made and the links are checked (no page links into the index: search.js loads it at
        // run time). The preview builds the index only when a page asks for it (PreviewSearchIndex): Pagefind is
        // the slowest step of a rebuild and most saves are not followed by a search.
        var search = new SearchIndexRun(bag => timings.Measure("search", () => BuildSearchIndex(writer, searchInput, bag)));
        if (searchInput is { HasIndexedPages: true } && !diagnostics.HasErrors && writer.Failure is null)
        {
            search.Start(searchInput);
        }
        try
        {
            (IReadOnlyList<OutputFile> Assets, PrintRenderer Print) TheRest()
            {
                IReadOnlyList<OutputFile> assets = [
                    .. timings.Measure("assets", () => SiteAssets.Collect(options.TemplatesRoot, diagnostics)),      //    its assets
                    .. previewFiles ?? []];                                                                            //    (preview: the reload script),
                var openData = timings.Measure("open data", () => OpenDataRenderer.Render(plan)                //    open data and
                    .Concat(CatalogueRenderer.Render(plan, options.BaseUrl, diagnostics)).ToArray());               //    its catalogue,
                var print = new PrintRenderer(templates);
                var printPage = print.Render(plan, PrintPageNumbers.None, diagnostics);                       //    the print page
                // Every page is made. The preview keeps the rows this run used and forgets those gone from the plan; a
                // build forgets the print page's rows too (the PDF's printing makes its own).
                if (options.Preview)
                {
                    templates.Rows.ForgetUnused();
                }
                else
                {
                    templates.Rows.Clear();
                }
                foreach (var file in assets.Concat(openData).Concat(printPage is null ? [] : [printPage]))
                {
                    pass.Emit(file);
                }
                cancellation.ThrowIfCancellationRequested();
                cache?.KeepOnly(pass.Verified);
                blockTokens.KeepSkeletonsOf(pass.Verified.Select(p => p.OutputPath));
                if (writer.Failure is { } failure)
                {
                    diagnostics.Add(failure);   // nothing more can be written: the stages below are skipped
                }
                if (!diagnostics.HasErrors && !options.Preview)
                {
                    search.Start(searchInput);   // when it has not started yet, or a page for the index came after it started
                }
                if (!diagnostics.HasErrors)
                {
                    // The PDF is printed after verification, so the site's links to it count as resolved here.
                    IReadOnlyList<string> promised = options.WithPdf ? [PdfEdition.SiteCopyPath] : [];
                    diagnostics.AddRange(timings.Measure("links", () => SiteVerifier.CheckLinks(pass.Verified, writer.Paths, promised)));  // 6. verify: links
                }
                return (assets, print);
            }
            // While Pagefind indexes the pages, the rest of the site is made on a thread that leaves it the cores.
            var (assets, print) = search.Running ? YieldingThread.Run(TheRest) : TheRest();
            foreach (var file in search.Files())
            {
                writer.Add(file);
            }
            diagnostics.AddRange(search.Diagnostics);
            if (options.WithPdf && !diagnostics.HasErrors)
            {
                var pdf = timings.Measure("pdf", () => new PdfEdition(print, options.Browser,
                    SourceDate.Resolve(options.Root, options.SourceDateEpoch)).Build(plan, assets, diagnostics));  // the PDF edition
                foreach (var file in pdf)
                {
                    writer.Add(file);   // with the print page numbered, in the place of the one above
                }
            }
        }
        finally
        {
            search.Wait();   // Pagefind reads the search input's folder, removed when this returns
        }
        return result with { Diagnostics = [.. result.Diagnostics, .. diagnostics.Items] };
    }

    /// <summary>
    /// Stages 1–4, then the templates: what every run needs before its pages. <c>Templates</c> is null when the
    /// run stops there (errors in the plan or in the templates), and then <c>Result</c> is final.
    /// </summary>
    /// <param name="whileChecking">
    /// work on the plan and the templates that may run while the plan is checked, on the other core (the preview's
    /// open pages); its output counts only if the check passes.
    /// </param>
    /// <param name="besideCheck">
    /// work on the plan alone that runs while the plan is checked, on the other core, as soon as the plan is read
    /// (the website's routes); its output counts only if the check passes, and so does a failure: a plan that fails
    /// its checks may fail to make its routes too, and the check says why.
    /// </param>
    private (BuildResult Result, TemplateSet? Templates, DiagnosticBag Diagnostics) Prepare(StageTimings timings,
        Action<Plan, TemplateSet, DiagnosticBag>? whileChecking = null, Action<Plan>? besideCheck = null)
    {
        // The templates do not depend on the plan: they compile while the plan is loaded, parsed and checked
        // (the largest fixed cost of a small build). Their problems count only for a plan that passed its checks.
        var diagnostics = new DiagnosticBag();
        var compiling = Task.Run(() => timings.Measure("templates", () => LoadTemplates(diagnostics)));
        var (plan, read) = Read(timings);
        BuildResult result;
        if (plan is not null && whileChecking is not null && compiling.GetAwaiter().GetResult() is { } ready)
        {
            var checking = Task.Run(() => Checked(plan, read, timings));
            whileChecking(plan, ready, diagnostics);
            result = checking.GetAwaiter().GetResult();
        }
        else if (plan is not null && besideCheck is not null)
        {
            var beside = Task.Run(() => besideCheck(plan));
            result = Checked(plan, read, timings);
            try
            {
                beside.GetAwaiter().GetResult();
            }
            catch (Exception) when (!result.Succeeded)
            {
                // The plan is not built: the check's diagnostics explain why, and nothing of this work is used.
            }
        }
        else
        {
            result = Checked(plan, read, timings);
        }
        var templates = compiling.GetAwaiter().GetResult();
        if (result.Plan is null || !result.Succeeded)
        {
            return (result, null, new DiagnosticBag());
        }
        return templates is null
            ? (result with { Diagnostics = [.. result.Diagnostics, .. diagnostics.Items] }, null, diagnostics)
            : (result, templates, diagnostics);
    }

    private SiteOptions SiteOptions => new(options.BaseUrl, WithPdf: options.WithPdf, IsPreview: options.Preview);

    private SiteRenderer SiteRendererFor(TemplateSet templates) => new(templates, SiteOptions);

    /// <summary>
    /// Pagefind reads the site from disk: the pages as it reads them (<see cref="SearchInput"/>), or, when no page is
    /// marked for the index, the whole site (the staging folder of a build, a temporary copy of the files in memory).
    /// </summary>
    private IReadOnlyList<OutputFile> BuildSearchIndex(IOutputWriter writer, SearchInput? input, DiagnosticBag diagnostics)
    {
        var index = new PagefindIndex(options.TemplatesRoot);
        if (input is { HasIndexedPages: true } && input.Ordered() is { } pages)
        {
            return index.Build(pages, diagnostics);
        }
        using var site = writer.OpenSiteFolder();
        return index.Build(site.Path, diagnostics);
    }

    /// <summary>
    /// Parsing the templates is a fixed cost of every rebuild, so
    /// a rebuild reuses the compiled set while the template files read the same.
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
        var templates = TemplateSet.Compile(sources.Value, diagnostics);
        compiledTemplates = templates is null ? null : (sources.Value, templates);
        return templates;
    }

    private static List<Diagnostic> Sorted(IEnumerable<Diagnostic> diagnostics) => diagnostics
        .OrderBy(d => d.Span.File, StringComparer.Ordinal)
        .ThenBy(d => d.Span.Line)
        .ThenBy(d => d.Span.Column)
        .ThenBy(d => d.Code, StringComparer.Ordinal)
        .ToList();

    /// <summary>What happens to each file as soon as it is made: verify (the checks of the file alone), then write.</summary>
    /// <param name="search">where the pages go as the search index reads them (a build), or null (the preview).</param>
    private sealed class PagePass(IOutputWriter writer, VerifiedPageCache? cache, RepeatedBlockTokens blocks, StageTimings timings, SearchInput? search = null)
    {
        private readonly ConcurrentBag<VerifiedPage> verified = [];

        /// <summary>The pages verified so far, for the check of the links across pages.</summary>
        public IReadOnlyCollection<VerifiedPage> Verified => verified;

        /// <summary>Called from several threads at once.</summary>
        public void Emit(OutputFile file)
        {
            if (writer.KeepsFiles)
            {
                file = file.Detached();   // kept: an array of its own, the pooled one serves the next page
            }
            if (timings.Accumulate("verify", () => SiteVerifier.CheckPage(file, cache, blocks)) is { } page)   // 6. verify: the page alone
            {
                verified.Add(page);
                if (search is not null && page.Search.Indexed)
                {
                    timings.Accumulate("search input", () => search.Add(file, page.Search.LeftOut(file.Content.Span, file.Blocks, blocks)));
                }
            }
            timings.Accumulate("write", () => writer.Add(file));                                            // 7. write
            if (!writer.KeepsFiles)
            {
                file.Release();   // written out: nothing reads the page any more
            }
        }
    }
}
