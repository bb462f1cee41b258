using System.Collections.Frozen;
using System.Collections.Immutable;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using PianoSite.Diagnostics;

namespace PianoSite.Verify;

/// <summary>
/// The checks of one rendered page that need no other page: lang="it", exactly one h1, headings without
/// skipped levels, tables with header cells, unique ids. It also collects the page's ids and internal
/// links for <see cref="SiteVerifier"/>'s second pass. Positions are the page's own lines and columns.
/// </summary>
public sealed class PageChecker
{
    private static readonly string[] LinkAttributes = ["href", "src", "action"];

    private readonly HtmlParser parser = new(new HtmlParserOptions { IsKeepingSourceReferences = true });

    /// <param name="outputPath">the page's path below output/, as it is reported ("site/missioni/m1/index.html").</param>
    /// <param name="sitePath">the same path below site/, as links resolve ("missioni/m1/index.html").</param>
    public VerifiedPage Check(string outputPath, string sitePath, string html)
    {
        using var document = parser.ParseDocument(html);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        SourceSpan At(IElement? element) => element?.SourceReference is { } reference
            ? new SourceSpan(outputPath, reference.Position.Line, reference.Position.Column)
            : new SourceSpan(outputPath, 1, 1);
        void Error(string code, IElement? element, string message) => diagnostics.Add(Diagnostic.Error(code, At(element), message));

        if (document.DocumentElement.GetAttribute("lang") != "it")
        {
            Error(Codes.MissingLang, document.DocumentElement, "la pagina non dichiara la lingua italiana: l'elemento <html> deve avere lang=\"it\"");
        }
        CheckHeadings(document, Error);
        foreach (var table in document.QuerySelectorAll("table").Where(t => t.QuerySelector("th") is null))
        {
            Error(Codes.TableWithoutHeaders, table,
                "tabella senza celle di intestazione (<th>): i lettori di schermo non possono dire a che cosa si riferisce ogni valore");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in document.QuerySelectorAll("[id]"))
        {
            var id = element.Id!;
            if (!ids.Add(id))
            {
                Error(Codes.DuplicateAnchor, element, $"l'identificativo «{id}» compare più volte nella pagina: un collegamento a #{id} sarebbe ambiguo");
            }
        }
        foreach (var element in document.QuerySelectorAll("[name]").Where(e => e is IHtmlAnchorElement))
        {
            ids.Add(element.GetAttribute("name")!);
        }

        var links = ImmutableArray.CreateBuilder<PageLink>();
        foreach (var element in document.All)
        {
            foreach (var attribute in LinkAttributes)
            {
                var value = element.GetAttribute(attribute);
                if (value is not null && IsInternal(value))
                {
                    links.Add(new PageLink(value, At(element)));
                }
            }
        }
        return new VerifiedPage(sitePath, ids.ToFrozenSet(StringComparer.Ordinal), links.ToImmutable(), diagnostics.ToImmutable());
    }

    private static void CheckHeadings(IDocument document, Action<string, IElement?, string> error)
    {
        var headings = document.QuerySelectorAll("h1, h2, h3, h4, h5, h6");
        var h1 = headings.Where(h => h.LocalName == "h1").ToList();
        if (h1.Count == 0)
        {
            error(Codes.HeadingStructure, document.Body, "la pagina non ha un titolo principale (<h1>)");
        }
        foreach (var extra in h1.Skip(1))
        {
            error(Codes.HeadingStructure, extra, $"secondo titolo principale (<h1>) «{Text(extra)}»: una pagina ne ha uno solo");
        }
        var previous = 0;
        foreach (var heading in headings)
        {
            var level = heading.LocalName[1] - '0';
            if (level > previous + 1)
            {
                error(Codes.HeadingStructure, heading, previous == 0
                    ? $"il primo titolo della pagina è <h{level}> «{Text(heading)}»: deve essere <h1>"
                    : $"titolo <h{level}> «{Text(heading)}» dopo un <h{previous}>: manca il livello <h{previous + 1}>");
            }
            previous = level;
        }
    }

    /// <summary>Links the site itself must resolve: not another site, not e-mail, not data.</summary>
    private static bool IsInternal(string href) =>
        href.Length > 0
        && !href.StartsWith("//", StringComparison.Ordinal)
        && !Uri.TryCreate(href, UriKind.Absolute, out _)
        && !href.Contains(':', StringComparison.Ordinal);

    private static string Text(IElement element)
    {
        var text = string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length > 60 ? text[..57] + "…" : text;
    }
}
