using System.Globalization;
using System.Text;
using PianoSite.Diagnostics;

namespace PianoSite.Serve;

/// <summary>
/// The HTML the preview adds to the site: the diagnostics panel injected at the top of every page while the
/// latest build has errors or warnings, and the pages of its own (no site yet, page not found). Everything is
/// in Italian, uses no inline script or style (the site's Content-Security-Policy holds), and escapes every
/// text it shows.
/// </summary>
internal static class PreviewPages
{
    public const string VersionMeta = "pianosite-anteprima";
    public const string StylesheetPath = "/_preview/anteprima.css";
    public const string ScriptPath = "/_preview/reload.js";
    public const string EventsPath = "/_preview/events";

    /// <summary>The Content-Security-Policy of the preview's own pages: the site's, and no framing.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>A page of the last good site, with the version it shows and, when there is something to say, the diagnostics panel.</summary>
    public static byte[] Decorate(ReadOnlySpan<byte> page, PreviewSnapshot snapshot)
    {
        var html = Encoding.UTF8.GetString(page);
        var head = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        var bodyTag = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        var bodyOpen = bodyTag < 0 ? -1 : html.IndexOf('>', bodyTag);
        if (head < 0 || bodyOpen < head)
        {
            // Not a page made by the layout (a template rewritten from scratch): serve it as it is.
            return page.ToArray();
        }
        var result = new StringBuilder(html.Length + 4096)
            .Append(html, 0, head)
            .Append(HeadAdditions(snapshot, withScript: false))
            .Append(html, head, bodyOpen + 1 - head);
        Panel(result, snapshot);
        return Encoding.UTF8.GetBytes(result.Append(html, bodyOpen + 1, html.Length - bodyOpen - 1).ToString());
    }

    /// <summary>Served for every page while no build has succeeded yet: there is no site to show, only what to fix.</summary>
    public static byte[] NoSite(PreviewSnapshot snapshot)
    {
        var body = new StringBuilder()
            .Append("<h1>Il piano contiene errori</h1>\n")
            .Append("<p>Il sito non si può ancora costruire. Correggere i file indicati qui sotto e salvare: questa pagina si aggiorna da sola.</p>\n");
        List(body, snapshot.Diagnostics.Where(d => d.IsError));
        Warnings(body, snapshot);
        return Page("Errori nel piano — Anteprima", body.ToString(), snapshot, withPanel: false);
    }

    public static byte[] NotFound(string path, PreviewSnapshot snapshot)
    {
        var body = new StringBuilder()
            .Append("<h1>Pagina non trovata</h1>\n")
            .Append("<p>L'indirizzo <code>").Append(Encode(path)).Append("</code> non corrisponde ad alcuna pagina del piano. ")
            .Append("<a href=\"/\">Torna alla pagina iniziale</a>.</p>\n");
        return Page("Pagina non trovata — Anteprima", body.ToString(), snapshot, withPanel: true);
    }

    private static byte[] Page(string title, string body, PreviewSnapshot snapshot, bool withPanel)
    {
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"it\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(ContentSecurityPolicy).Append("\">\n")
            .Append("<title>").Append(Encode(title)).Append("</title>\n")
            .Append(HeadAdditions(snapshot, withScript: true))
            .Append("</head>\n<body class=\"anteprima-pagina\">\n");
        if (withPanel)
        {
            Panel(html, snapshot);
        }
        html.Append("<main class=\"anteprima-principale\">\n").Append(body).Append("</main>\n</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    private static string HeadAdditions(PreviewSnapshot snapshot, bool withScript) =>
        $"<meta name=\"{VersionMeta}\" content=\"{Encode(snapshot.Version)}\">\n"
        + $"<link rel=\"stylesheet\" href=\"{StylesheetPath}\">\n"
        + (withScript ? $"<script src=\"{ScriptPath}\" defer></script>\n" : string.Empty);

    /// <summary>Errors: a panel that cannot be missed. Warnings only: a closed line that can be opened.</summary>
    private static void Panel(StringBuilder html, PreviewSnapshot snapshot)
    {
        if (snapshot.ErrorCount > 0)
        {
            html.Append("<section class=\"anteprima-pannello anteprima-errori\" role=\"alert\" aria-labelledby=\"anteprima-titolo\">\n")
                .Append("<h2 id=\"anteprima-titolo\">").Append(Count(snapshot.ErrorCount, "errore", "errori")).Append(" nel piano: le ultime modifiche non sono visibili</h2>\n")
                .Append(snapshot.HasSite
                    ? "<p>Finché gli errori non sono corretti l'anteprima mostra l'ultima versione corretta del sito. Correggere i file indicati e salvare: la pagina si aggiorna da sola.</p>\n"
                    : "<p>Correggere i file indicati e salvare: la pagina si aggiorna da sola.</p>\n");
            List(html, snapshot.Diagnostics.Where(d => d.IsError));
            Warnings(html, snapshot);
            html.Append("</section>\n");
        }
        else if (snapshot.WarningCount > 0)
        {
            html.Append("<aside class=\"anteprima-pannello anteprima-avvisi\" aria-label=\"Avvisi dell'anteprima\">\n");
            Warnings(html, snapshot);
            html.Append("</aside>\n");
        }
    }

    private static void Warnings(StringBuilder html, PreviewSnapshot snapshot)
    {
        if (snapshot.WarningCount == 0)
        {
            return;
        }
        html.Append("<details class=\"anteprima-dettagli\">\n<summary>")
            .Append(Count(snapshot.WarningCount, "avviso da controllare", "avvisi da controllare"))
            .Append("</summary>\n");
        List(html, snapshot.Diagnostics.Where(d => !d.IsError));
        html.Append("<p>Un avviso non impedisce la pubblicazione. Se è voluto, si accetta in <code>content/controlli.yml</code> indicando il motivo (vedere la guida di redazione).</p>\n")
            .Append("</details>\n");
    }

    private static void List(StringBuilder html, IEnumerable<Diagnostic> diagnostics)
    {
        html.Append("<ol class=\"anteprima-elenco\">\n");
        foreach (var d in diagnostics)
        {
            html.Append("<li class=\"").Append(d.IsError ? "anteprima-errore" : "anteprima-avviso").Append("\">")
                .Append("<code class=\"anteprima-dove\">").Append(Encode(d.Span.File.Length == 0 ? "pianosite" : d.Span.ToString())).Append("</code> ")
                .Append("<span class=\"anteprima-codice\">").Append(d.IsError ? "errore " : "avviso ").Append(Encode(d.Code)).Append("</span> ")
                .Append("<span class=\"anteprima-messaggio\">").Append(Encode(d.Message)).Append("</span>");
            if (d.Span.Line > 0)
            {
                html.Append(" <span class=\"anteprima-posizione\">(riga ").Append(d.Span.Line.ToString(CultureInfo.InvariantCulture))
                    .Append(", colonna ").Append(d.Span.Column.ToString(CultureInfo.InvariantCulture)).Append(")</span>");
            }
            html.Append("</li>\n");
        }
        html.Append("</ol>\n");
    }

    private static string Count(int n, string one, string many) =>
        n == 1 ? $"1 {one}" : $"{n.ToString(CultureInfo.InvariantCulture)} {many}";

    /// <summary>Escapes the five characters that matter in HTML text and attributes, keeping accented letters readable.</summary>
    private static string Encode(string text)
    {
        var html = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&quot;"); break;
                case '\'': html.Append("&#39;"); break;
                default: html.Append(c); break;
            }
        }
        return html.ToString();
    }
}
