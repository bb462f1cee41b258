using System.Collections.Immutable;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SourceSpan = PianoSite.Diagnostics.SourceSpan;
using PianoSite.Diagnostics;
using PianoSite.Model;

namespace PianoSite.Parse.Markdown;

/// <summary>
/// The one Markdown pipeline of PianoSite, configured once and frozen. Content is Markdown only: raw HTML,
/// script-capable links and images without a text alternative are diagnostics, never passed through.
/// </summary>
public sealed class MarkdownParser
{
    private static readonly string[] UnsafeSchemes = ["javascript:", "data:", "vbscript:", "file:"];

    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UsePreciseSourceLocation()
        .Build();

    /// <param name="firstLine">the 1-based line of the file on which <paramref name="markdown"/> starts.</param>
    /// <param name="indent">columns before the Markdown on each line (a YAML block scalar's indentation).</param>
    public Prose Parse(string markdown, SourceSpan span, DiagnosticBag diagnostics, int firstLine, int indent = 0)
    {
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        SourceSpan At(MarkdownObject node) => new(span.File, firstLine + node.Line, node.Column + 1 + indent);

        var safe = true;
        var links = ImmutableArray.CreateBuilder<ProseLink>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HtmlBlock or HtmlInline:
                    diagnostics.Error(Codes.RawHtml, At(node),
                        "HTML non ammesso nei contenuti: usare solo la sintassi Markdown (per l'enfasi **grassetto** o *corsivo*)");
                    safe = false;
                    break;
                case LinkInline link when IsUnsafe(link.Url):
                    diagnostics.Error(Codes.UnsafeLink, At(node),
                        $"collegamento non ammesso «{link.Url}»: sono ammessi solo indirizzi http(s), mailto: e pagine del sito");
                    safe = false;
                    break;
                case AutolinkInline autolink when IsUnsafe(autolink.Url):
                    // <javascript:...> is an autolink, not a LinkInline: Markdig renders it as a live href.
                    diagnostics.Error(Codes.UnsafeLink, At(node),
                        $"collegamento non ammesso «{autolink.Url}»: sono ammessi solo indirizzi http(s), mailto: e pagine del sito");
                    safe = false;
                    break;
                case LinkInline { IsImage: true } image when string.IsNullOrWhiteSpace(Text(image)):
                    diagnostics.Error(Codes.ImageWithoutAlt, At(node),
                        "immagine senza testo alternativo: scrivere la descrizione tra le parentesi quadre, ![descrizione](immagine.png)");
                    break;
                case LinkInline { IsImage: false, Url: { } url } when !HasScheme(url):
                    if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
                    {
                        links.Add(new ProseLink(url, At(node)));
                    }
                    else
                    {
                        // The same text is on the website's page and on the print page, at other depths: a relative
                        // address would lead to a different place from each.
                        diagnostics.Error(Codes.RelativeLink, At(node),
                            $"collegamento «{url}» scritto in forma relativa: per una pagina del sito scrivere l'indirizzo dalla radice del sito, ad esempio /missioni/m1/ o /missioni/m1/#obiettivo-m1-4");
                        safe = false;
                    }
                    break;
                case HeadingBlock heading when heading.Inline is null || string.IsNullOrWhiteSpace(Text(heading.Inline)):
                    diagnostics.Error(Codes.EmptyHeading, At(node),
                        "titolo vuoto: scrivere il testo del titolo dopo i segni #, o togliere la riga (un titolo vuoto non dice nulla a chi usa un lettore di schermo)");
                    safe = false;
                    break;
            }
        }

        var html = safe ? RenderHtml(document) : string.Empty;
        return new Prose(markdown, html, PlainText(document), span) { Links = links.ToImmutable() };
    }

    private string RenderHtml(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>Whether an address names its scheme (https:, mailto:, …): an address outside the site.</summary>
    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && url.AsSpan(0, colon).IndexOfAny('/', '?', '#') < 0;
    }

    private static bool IsUnsafe(string? url)
    {
        var trimmed = new string((url ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        return UnsafeSchemes.Any(s => trimmed.StartsWith(s, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Text only, paragraphs separated by a blank line: for search, open data and tests.</summary>
    private static string PlainText(MarkdownDocument document) => string.Join("\n\n", document
        .Descendants<LeafBlock>()
        .Where(b => b.Inline is not null)
        .Select(b => Text(b.Inline!)));

    /// <summary>The text of a block's inlines, as a reader hears it.</summary>
    private static string Text(ContainerInline inlines) => string.Concat(inlines.Descendants().Select(i => i switch
    {
        LiteralInline literal => literal.Content.ToString(),
        CodeInline code => code.Content,
        LineBreakInline => " ",
        _ => string.Empty,
    }));
}
