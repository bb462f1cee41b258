using System.Collections.Immutable;
using PianoSite.Check;
using PianoSite.Diagnostics;
using PianoSite.Load;
using PianoSite.Model;
using PianoSite.Parse;
using PianoSite.Pdf;
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
/// <see cref="Check"/> stops after the check stage; <see cref="Render"/> returns the files without writing
/// them (the preview serves them from memory); <see cref="Build"/> also writes them to disk.
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

    public BuildOptions Options => options;

    /// <summary>Stages 1–4.</summary>
    public BuildResult Check() => Check(new StageTimings());

    /// <summary>Stages 1–4.</summary>
    /// <param name="timings">receives the time of each stage.</param>
    public BuildResult Check(StageTimings timings)
    {
        var diagnostics = new DiagnosticBag();
        var content = timings.Measure("load", () => ContentLoader.Load(options.Root, diagnostics));              // 1. load
        var plan = timings.Measure("parse", () => parser.Parse(content, diagnostics));                           // 2–3. parse, model
        var checkedDiagnostics = plan is null
            ? diagnostics.Items
            : timings.Measure("check", () => checker.Check(plan, diagnostics.Items));                            // 4. check
        return new BuildResult(plan, Sorted(checkedDiagnostics), [], options.Strict);
    }

    /// <summary>Stages 1–6: every edition in memory (the PDF only with <see cref="BuildOptions.WithPdf"/>).</summary>
    public BuildResult Render() => Render(new StageTimings());

    /// <summary>Stages 1–6: every edition in memory (the PDF only with <see cref="BuildOptions.WithPdf"/>).</summary>
    /// <param name="timings">receives the time of each stage.</param>
    public BuildResult Render(StageTimings timings)
    {
        var result = Check(timings);
        if (result.Plan is null || !result.Succeeded)
        {
            return result;
        }
        var diagnostics = new DiagnosticBag();
        var templates = timings.Measure("templates", () => LoadTemplates(diagnostics));
        var files = new List<OutputFile>();
        IReadOnlyList<OutputFile> pages = [];
        if (templates is not null)
        {
            var site = new SiteRenderer(templates, new SiteOptions(options.BaseUrl, WithPdf: options.WithPdf, IsPreview: options.Preview));
            pages = timings.Measure("render", () => site.Render(result.Plan, diagnostics));               // 5. render: website,
            files.AddRange(pages);
            files.AddRange(timings.Measure("assets", () => SiteAssets.Collect(options.TemplatesRoot, diagnostics)));  //    its assets,
            files.AddRange(previewFiles ?? []);                                                               //    (preview: the reload script)
            files.AddRange(timings.Measure("open data", () => OpenDataRenderer.Render(result.Plan).ToArray()));   //    open data,
            files.AddRange(new PrintRenderer(templates, options.BaseUrl)                                       //    the print page,
                .Render(result.Plan, PrintPageNumbers.None, diagnostics) is { } printPage ? [printPage] : []);
        }
        // The search index (Pagefind, a separate process) is built while the pages are verified: verify reads
        // the pages, and no page links into the index (search.js loads it at run time), so neither waits for the
        // other. The preview builds the index only when a page asks for it (PreviewSearchIndex): Pagefind is the
        // slowest step of a rebuild and most saves are not followed by a search.
        var searchDiagnostics = new DiagnosticBag();
        var search = templates is not null && !diagnostics.HasErrors && !options.Preview
            ? Task.Run(() => timings.Measure("search", () => new PagefindIndex(options.TemplatesRoot).Build(pages, searchDiagnostics))) //    search index
            : Task.FromResult<IReadOnlyList<OutputFile>>([]);
        if (!diagnostics.HasErrors)
        {
            // The PDF is printed after verification, so the site's links to it count as resolved here.
            IReadOnlyList<string> promised = options.WithPdf ? [PdfEdition.SiteCopyPath] : [];
            diagnostics.AddRange(timings.Measure("verify", () => SiteVerifier.Verify(files, promised, verifiedPages)));   // 6. verify
        }
        files.AddRange(search.GetAwaiter().GetResult());
        diagnostics.AddRange(searchDiagnostics.Items);
        if (templates is not null && options.WithPdf && !diagnostics.HasErrors)
        {
            timings.Measure("pdf", () => PrintPdf(templates, result.Plan, files, diagnostics));                //    the PDF edition
        }
        return result with { Diagnostics = [.. result.Diagnostics, .. diagnostics.Items], Files = files };
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
        var result = Render(timings);
        if (!result.Succeeded)
        {
            return result;
        }
        var writeDiagnostics = timings.Measure("write", () => new DiskOutputWriter(options.Output).Write(result.Files));   // 7. write
        return result with { Diagnostics = [.. result.Diagnostics, .. writeDiagnostics] };
    }

    /// <summary>
    /// Compiling the templates is the slowest step of a small rebuild (Handlebars builds expression trees), so
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

    /// <summary>
    /// The PDF edition. Must run after the website is rendered and verified (it prints the site's own print page,
    /// CSS and fonts) and before the write stage, so that a failed printing leaves the last good output untouched.
    /// </summary>
    private bool PrintPdf(TemplateSet templates, Plan plan, List<OutputFile> files, DiagnosticBag diagnostics)
    {
        var pdf = new PdfEdition(new PrintRenderer(templates, options.BaseUrl), options.Browser).Build(plan, files, diagnostics);
        if (pdf.Count > 0)
        {
            files.RemoveAll(f => f.Path == PrintRenderer.FilePath);   // replaced by the print page with its page numbers
            files.AddRange(pdf);
        }
        return pdf.Count > 0;
    }

    private static List<Diagnostic> Sorted(IEnumerable<Diagnostic> diagnostics) => diagnostics
        .OrderBy(d => d.Span.File, StringComparer.Ordinal)
        .ThenBy(d => d.Span.Line)
        .ThenBy(d => d.Span.Column)
        .ThenBy(d => d.Code, StringComparer.Ordinal)
        .ToList();
}
