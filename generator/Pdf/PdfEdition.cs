using Microsoft.Playwright;
using PianoSite.Diagnostics;
using PianoSite.Load;
using PianoSite.Model;
using PianoSite.Render.Print;
using PianoSite.Render.Site;
using PianoSite.Write;
using PianoSite.Output;

namespace PianoSite.Pdf;

/// <summary>
/// The PDF edition: prints the print page (/stampa/) with Chromium and finishes the file with PDFsharp.
/// Runs after the website is rendered and verified and before anything is written, so a failure here leaves the
/// last good output untouched. The printed table of contents gets exact page numbers by measuring: print, read
/// the page of each heading from the PDF's bookmarks, fill the numbers in, print again — until two printings
/// agree (at most <see cref="MaxPrintings"/>).
/// </summary>
/// <param name="sourceDate">the timestamp of the PDF's creation and modification dates; null: the PDF carries no date.</param>
public sealed class PdfEdition(PrintRenderer renderer, string? requestedBrowser, SourceDate? sourceDate)
{
    /// <summary>The PDF edition below output/.</summary>
    public const string FilePath = "pdf/psttm-2025-2027.pdf";

    /// <summary>The same file inside the website, where its pages link to it (<see cref="SiteRoutes.PdfPath"/>).</summary>
    public static string SiteCopyPath => SiteLayout.Folder + SiteRoutes.PdfPath;

    public const int MaxPrintings = 3;

    /// <summary>
    /// Returns the print page with its page numbers (replacing the one in <paramref name="siteFiles"/>), the PDF and
    /// its copy in the website; nothing, with diagnostics, when the PDF cannot be made.
    /// </summary>
    public IReadOnlyList<OutputFile> Build(Plan plan, IReadOnlyList<OutputFile> siteFiles, DiagnosticBag diagnostics)
    {
        var browser = BrowserLocator.Find(requestedBrowser, diagnostics);
        if (browser is null)
        {
            return [];
        }
        // The pipeline is synchronous; Playwright is not. Blocking here, at the stage's edge, is safe in a console
        // process (no synchronization context) and keeps async out of the other stages.
        ChromiumPrinter printer;
        try
        {
            printer = ChromiumPrinter.LaunchAsync(browser).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException or InvalidOperationException or IOException)
        {
            diagnostics.Error(Codes.BrowserNotFound, SourceSpan.None,
                $"il browser {browser.Description} non si avvia ({FirstLine(e.Message)}). " +
                $"Indicare un Chromium, Chrome o Edge funzionante con --browser o {BrowserLocator.EnvironmentVariable} " +
                "(Debian/Ubuntu: sudo apt-get install chromium), oppure usare build --no-pdf");
            return [];
        }
        try
        {
            return Print(plan, siteFiles, printer, diagnostics);
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException or InvalidDataException or InvalidOperationException)
        {
            diagnostics.Error(Codes.PdfFailed, SourceSpan.None, $"stampa del PDF non riuscita: {FirstLine(e.Message)}");
            return [];
        }
        finally
        {
            printer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private List<OutputFile> Print(Plan plan, IReadOnlyList<OutputFile> siteFiles, ChromiumPrinter printer, DiagnosticBag diagnostics)
    {
        var targets = new PrintPageBuilder(plan).ContentsTargets();
        var otherFiles = siteFiles.Where(f => f.Path != PrintRenderer.FilePath).ToList();
        var pages = PrintPageNumbers.None;
        for (var printing = 1; printing <= MaxPrintings; printing++)
        {
            var page = renderer.Render(plan, pages, diagnostics);
            if (page is null)
            {
                return [];
            }
            var site = new InMemorySite([.. otherFiles, page]);
            var printed = printer.PrintAsync(site, PrintRenderer.RoutePath).GetAwaiter().GetResult();
            if (!Loaded(site, printed, diagnostics))
            {
                return [];
            }
            var measured = Measure(PdfOutlineReader.Read(printed.Pdf), targets, diagnostics);
            if (measured is null)
            {
                return [];
            }
            if (measured.SameAs(pages))
            {
                var finished = PdfFinisher.Finish(printed.Pdf, DocumentInfo(plan, sourceDate), System.Text.Encoding.UTF8.GetString(page.Content.Span));
                return [page, new OutputFile(FilePath, finished), new OutputFile(SiteCopyPath, finished)];
            }
            pages = measured;
        }
        diagnostics.Error(Codes.PdfFailed, SourceSpan.None,
            $"i numeri di pagina dell'indice del PDF cambiano a ogni stampa (provate {MaxPrintings} stampe): " +
            "controllare le regole di impaginazione in templates/assets/css/print.css");
        return [];
    }

    /// <summary>The page of each heading of the contents, read from the bookmarks Chromium made from the headings.</summary>
    public static PrintPageNumbers? Measure(IReadOnlyList<PdfOutlineEntry> outline, IReadOnlyList<ContentsEntry> targets, DiagnosticBag diagnostics)
    {
        var pages = PrintPageNumbers.None.ByAnchor.ToBuilder();
        var next = 0;
        foreach (var target in targets)
        {
            var found = next;
            while (found < outline.Count && !OutlineTitles.Matches(outline[found].Title, target.Label))
            {
                found++;
            }
            if (found == outline.Count || outline[found].Page == 0)
            {
                diagnostics.Error(Codes.PdfFailed, SourceSpan.WholeFile("templates/pages/print.sbn-html"),
                    $"il titolo «{target.Label}» dell'indice non è tra i segnalibri del PDF: ogni voce dell'indice deve essere un titolo (h2 o h3) della pagina di stampa");
                return null;
            }
            pages[target.Anchor] = outline[found].Page;
            next = found + 1;
        }
        return new PrintPageNumbers(pages.ToImmutable());
    }

    private static bool Loaded(InMemorySite site, PrintResult printed, DiagnosticBag diagnostics)
    {
        foreach (var missing in site.Missing.Distinct(StringComparer.Ordinal))
        {
            diagnostics.Error(Codes.PdfFailed, SourceSpan.WholeFile("templates/layouts/print.sbn-html"),
                $"la pagina di stampa chiede un file che il sito non contiene: {missing}");
        }
        foreach (var font in printed.FailedFonts)
        {
            diagnostics.Error(Codes.PdfFailed, SourceSpan.WholeFile("templates/assets/css/print.css"),
                $"il carattere {font} non si carica: il PDF lo sostituirebbe con un altro");
        }
        return site.Missing.Count == 0 && printed.FailedFonts.Count == 0;
    }

    private static PdfDocumentInfo DocumentInfo(Plan plan, SourceDate? sourceDate) => new(
        Title: plan.Info.Title,
        Author: plan.Info.Issuer,
        Subject: $"{plan.Info.ShortTitle}, edizione per la stampa: visione, obiettivi strategici, missioni del PNRR e Agenda strategica",
        Keywords: string.Join(", ", plan.Keywords.Select(k => k.Name).Prepend("PNRR").Prepend(plan.Info.ShortTitle)),
        Language: LanguageTag(plan.Info.Language),
        Timestamp: sourceDate?.Value,
        Rights: $"{plan.Info.Issuer}, licenza {plan.Info.Licence.Name}",
        RightsUrl: plan.Info.Licence.Url,
        Creator: "PianoSite");

    /// <summary>piano.yml says "it"; a PDF's /Lang names the variety: Italian as written in Italy.</summary>
    private static string LanguageTag(string language) => language == "it" ? "it-IT" : language;

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
