using Microsoft.IO;
using PianoSite.Diagnostics;
using PianoSite.Model;
using PianoSite.Render.Site;
using PianoSite.Render.Templates;
using PianoSite.Write;
using PianoSite.Output;

namespace PianoSite.Render.Print;

/// <summary>
/// Stage 5 for the print edition: the page /stampa/ (site/stampa/index.html), rendered with its own layout
/// (templates/layouts/print.sbn-html) and print CSS. It is a page of the website too, and the source the PDF stage prints.
/// </summary>
/// <param name="pageBuffers">the pool the page's bytes come from (a build), or null.</param>
public sealed class PrintRenderer(TemplateSet templates, RecyclableMemoryStreamManager? pageBuffers = null)
{
    /// <summary>The route of the print page, below the site's root.</summary>
    public const string RoutePath = "stampa/";

    public static string FilePath => $"{SiteLayout.Folder}/{RoutePath}index.html";

    public OutputFile? Render(Plan plan, PrintPageNumbers pages, DiagnosticBag diagnostics)
    {
        var view = new PrintPageBuilder(plan).Build(pages);
        var content = new PageContent();
        return templates.Render("pages/print", view, content, diagnostics)
            ? PageAssembler.Assemble(FilePath, RoutePath, content, (html, output) => templates.Render("layouts/print", new PrintLayoutView(view, html), output, diagnostics), pageBuffers)
            : null;
    }
}

/// <summary>The model of layouts/print.sbn-html: the page's rendered content in <c>{{ content }}</c>.</summary>
public sealed record PrintLayoutView(PrintView Print, TrustedHtml Content);
