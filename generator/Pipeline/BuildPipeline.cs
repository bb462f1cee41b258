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
/// One instance keeps its parse cache between runs, so a rebuild re-parses only what changed.
/// </summary>
public sealed class BuildPipeline(BuildOptions options)
{
    private readonly PlanParser parser = new();
    private readonly PlanChecker checker = PlanChecker.WithAllRules();

    public BuildOptions Options => options;

    /// <summary>Stages 1–4.</summary>
    public BuildResult Check()
    {
        var diagnostics = new DiagnosticBag();
        var content = ContentLoader.Load(options.Root, diagnostics);           // 1. load
        var plan = parser.Parse(content, diagnostics);                          // 2–3. parse, model
        var checkedDiagnostics = plan is null
            ? diagnostics.Items
            : checker.Check(plan, diagnostics.Items);                           // 4. check
        return new BuildResult(plan, Sorted(checkedDiagnostics), [], options.Strict);
    }

    /// <summary>Stages 1–6: every edition in memory (the PDF only with <see cref="BuildOptions.WithPdf"/>).</summary>
    public BuildResult Render()
    {
        var result = Check();
        if (result.Plan is null || !result.Succeeded)
        {
            return result;
        }
        var diagnostics = new DiagnosticBag();
        var templates = TemplateSet.Load(options.Root, diagnostics);
        var files = new List<OutputFile>();
        if (templates is not null)
        {
            var site = new SiteRenderer(templates, new SiteOptions(options.BaseUrl, WithPdf: options.WithPdf));
            var pages = site.Render(result.Plan, diagnostics);                     // 5. render: website,
            files.AddRange(pages);
            files.AddRange(SiteAssets.Collect(options.Root, diagnostics));         //    its assets,
            files.AddRange(OpenDataRenderer.Render(result.Plan));                  //    open data,
            files.AddRange(new PrintRenderer(templates, options.BaseUrl)           //    the print page,
                .Render(result.Plan, PrintPageNumbers.None, diagnostics) is { } printPage ? [printPage] : []);
            if (!diagnostics.HasErrors)
            {
                files.AddRange(new PagefindIndex(options.Root).Build(pages, diagnostics)); //    search index
            }
        }
        if (!diagnostics.HasErrors)
        {
            // The PDF is printed after verification, so the site's links to it count as resolved here.
            IReadOnlyList<string> promised = options.WithPdf ? [PdfEdition.SiteCopyPath] : [];
            diagnostics.AddRange(SiteVerifier.Verify(files, promised));            // 6. verify
        }
        if (templates is not null && options.WithPdf && !diagnostics.HasErrors)
        {
            PrintPdf(templates, result.Plan, files, diagnostics);                  //    the PDF edition
        }
        return result with { Diagnostics = [.. result.Diagnostics, .. diagnostics.Items], Files = files };
    }

    /// <summary>Stages 1–7: the editions written to the output folder, swapped in only when the build succeeded.</summary>
    public BuildResult Build()
    {
        var refusal = OutputLocation.Validate(options.Root, options.Output);
        if (refusal is not null)
        {
            return new BuildResult(null, [refusal], [], options.Strict);
        }
        var result = Render();
        if (!result.Succeeded)
        {
            return result;
        }
        var writeDiagnostics = new DiskOutputWriter(options.Output).Write(result.Files);   // 7. write
        return result with { Diagnostics = [.. result.Diagnostics, .. writeDiagnostics] };
    }

    /// <summary>
    /// The PDF edition. Must run after the website is rendered and verified (it prints the site's own print page,
    /// CSS and fonts) and before the write stage, so that a failed printing leaves the last good output untouched.
    /// </summary>
    private void PrintPdf(TemplateSet templates, Plan plan, List<OutputFile> files, DiagnosticBag diagnostics)
    {
        var pdf = new PdfEdition(new PrintRenderer(templates, options.BaseUrl), options.Browser).Build(plan, files, diagnostics);
        if (pdf.Count > 0)
        {
            files.RemoveAll(f => f.Path == PrintRenderer.FilePath);   // replaced by the print page with its page numbers
            files.AddRange(pdf);
        }
    }

    private static List<Diagnostic> Sorted(IEnumerable<Diagnostic> diagnostics) => diagnostics
        .OrderBy(d => d.Span.File, StringComparer.Ordinal)
        .ThenBy(d => d.Span.Line)
        .ThenBy(d => d.Span.Column)
        .ThenBy(d => d.Code, StringComparer.Ordinal)
        .ToList();
}
