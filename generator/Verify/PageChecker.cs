using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using PianoSite.Diagnostics;
using PianoSite.Output;
using PianoSite.Write;

namespace PianoSite.Verify;

/// <summary>
/// The checks of one rendered page that need no other page: lang="it", exactly one h1, headings without
/// skipped levels, tables with header cells, unique ids. It also collects the page's ids and internal
/// links for <see cref="SiteVerifier"/>'s second pass. Positions are the page's own lines and columns (of
/// the element's start tag). One pass over the page's tokens (<see cref="HtmlScanner"/>), no tree. A later stage
/// that reads the same page follows that pass (<see cref="IPageFollower"/>) instead of reading the page again.
/// </summary>
/// <param name="alsoRead">attributes a follower reads, beside those of the checks.</param>
public sealed class PageChecker(IEnumerable<string>? alsoRead = null)
{
    private static readonly string[] LinkAttributes = ["href", "src", "action"];

    /// <summary>The attributes the checks and the follower look at; the scanner does not copy the others out of the page.</summary>
    private readonly FrozenSet<string> readAttributes = FrozenSet.Create(StringComparer.Ordinal,
        ["lang", "id", "name", .. LinkAttributes, .. alsoRead ?? []]);

    private const string TableWithoutHeaders =
        "tabella senza celle di intestazione (<th>): i lettori di schermo non possono dire a che cosa si riferisce ogni valore";

    /// <summary>The checks on a page read whole.</summary>
    /// <param name="outputPath">the page's path below output/, as it is reported ("site/missioni/m1/index.html").</param>
    /// <param name="follower">given every token of the page, or null.</param>
    public VerifiedPage Check(string outputPath, string html, IPageFollower? follower = null)
    {
        var scanner = new HtmlScanner(html, readAttributes);
        follower?.Start();
        return Check(outputPath, readsText => scanner.ReadsText = readsText, Followed(scanner.Tokens(), follower));
    }

    /// <summary>
    /// The same checks on a page whose repeated blocks (<see cref="RepeatedBlock"/>) are read once for the whole
    /// site (<paramref name="known"/>): the same result as reading the whole page, which this does when the blocks
    /// cannot stand for themselves (see <see cref="PageTokens"/>).
    /// </summary>
    /// <param name="follower">given every token of the reading that gives the result, or null.</param>
    public VerifiedPage Check(OutputFile page, RepeatedBlockTokens known, IPageFollower? follower = null)
    {
        if (!page.Blocks.IsEmpty)
        {
            known.ReadUnread(page.Blocks);
            var tokens = new PageTokens(page.Path, page.Content, page.Blocks, known, readAttributes);
            var headingOpen = false;
            follower?.Start();
            var verified = Check(page.Path, readsText => tokens.ReadsText = headingOpen = readsText, Followed(tokens.Read(() => !headingOpen), follower));
            if (tokens.Replayed)
            {
                return verified;
            }
        }
        return Check(page.Path, Encoding.UTF8.GetString(page.Content.Span), follower);
    }

    /// <summary>The cache of the repeated blocks' tokens for these checks (<see cref="RepeatedBlockTokens"/>).</summary>
    /// <param name="marked">see <see cref="RepeatedBlockTokens"/>.</param>
    /// <param name="keepSkeletons">see <see cref="RepeatedBlockTokens"/>: the preview.</param>
    public RepeatedBlockTokens NewBlockCache(string? marked = null, bool keepSkeletons = false) => new(readAttributes, marked, keepSkeletons);

    private static IEnumerable<HtmlToken> Followed(IEnumerable<HtmlToken> tokens, IPageFollower? follower)
    {
        foreach (var token in tokens)
        {
            follower?.Read(token);
            yield return token;
        }
    }

    /// <param name="readText">tells the token source whether text is wanted from the next token on (only the headings' text is ever shown).</param>
    /// <param name="tokens">the page's tokens, read as the checks go.</param>
    private VerifiedPage Check(string outputPath, Action<bool> readText, IEnumerable<HtmlToken> tokens)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        SourceSpan At(HtmlToken? token) => token is { } t ? new SourceSpan(outputPath, t.Line, t.Column) : new SourceSpan(outputPath, 1, 1);
        void Error(string code, HtmlToken? token, string message) => diagnostics.Add(Diagnostic.Error(code, At(token), message));

        HtmlToken? root = null, body = null;
        var headings = new Headings(Error);
        var tables = new List<(HtmlToken Start, bool HasHeader)>();   // the open ones, outermost first
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var names = new List<string>();
        var links = ImmutableArray.CreateBuilder<PageLink>();
        var hrefs = new Dictionary<string, string?>(StringComparer.Ordinal);   // each distinct value once: the link, or null when not internal
        foreach (var token in tokens)
        {
            headings.Read(token);
            readText(headings.IsOpen);   // only the headings' text is ever shown
            if (token.Kind == HtmlTokenKind.EndTag && token.Name == "table" && tables.Count > 0)
            {
                if (!tables[^1].HasHeader)
                {
                    Error(Codes.TableWithoutHeaders, tables[^1].Start, TableWithoutHeaders);
                }
                tables.RemoveAt(tables.Count - 1);
            }
            if (token.Kind != HtmlTokenKind.StartTag)
            {
                continue;
            }
            switch (token.Name)
            {
                case "html":
                    root ??= token;
                    break;
                case "body":
                    body ??= token;
                    break;
                case "table":
                    tables.Add((token, false));
                    break;
                case "th":
                    // A header cell counts for every table it is inside, as a descendant query would find it.
                    for (var i = 0; i < tables.Count; i++)
                    {
                        tables[i] = tables[i] with { HasHeader = true };
                    }
                    break;
                case "a" when token.Attribute("name") is { } name:
                    names.Add(name);
                    break;
            }
            if (token.Attribute("id") is { } id && !ids.Add(id))
            {
                Error(Codes.DuplicateAnchor, token, $"l'identificativo «{id}» compare più volte nella pagina: un collegamento a #{id} sarebbe ambiguo");
            }
            foreach (var attribute in LinkAttributes)
            {
                if (token.Attribute(attribute) is { } value)
                {
                    // One string per distinct link of the page, looked at once: a row's links repeat on every page listing it.
                    if (!hrefs.TryGetValue(value, out var link))
                    {
                        hrefs[value] = link = IsInternal(value) ? value : null;
                    }
                    if (link is not null)
                    {
                        links.Add(new PageLink(link, token.Line, token.Column));
                    }
                }
            }
        }
        foreach (var unclosed in tables.Where(t => !t.HasHeader))
        {
            Error(Codes.TableWithoutHeaders, unclosed.Start, TableWithoutHeaders);
        }
        if (root?.Attribute("lang") != "it")
        {
            Error(Codes.MissingLang, root, "la pagina non dichiara la lingua italiana: l'elemento <html> deve avere lang=\"it\"");
        }
        headings.End(body);
        ids.UnionWith(names);
        return new VerifiedPage(SiteLayout.SitePath(outputPath), ids.ToFrozenSet(StringComparer.Ordinal), links.ToImmutable(), SortedByPosition(diagnostics));
    }

    internal static bool IsHeading(string name) => name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6';

    /// <summary>The page's diagnostics in the order of the page, whatever pass found them.</summary>
    private static ImmutableArray<Diagnostic> SortedByPosition(ImmutableArray<Diagnostic>.Builder diagnostics) =>
        [.. diagnostics.OrderBy(d => d.Span.Line).ThenBy(d => d.Span.Column)];

    /// <summary>The heading outline of a page, read token by token: one h1, no skipped level.</summary>
    private sealed class Headings(Action<string, HtmlToken?, string> error)
    {
        private readonly List<(HtmlToken Start, int Level, string Text)> found = [];
        private HtmlToken? open;

        public bool IsOpen => open is not null;
        private readonly System.Text.StringBuilder text = new();

        public void Read(HtmlToken token)
        {
            if (open is { } heading)
            {
                if (token.Kind == HtmlTokenKind.EndTag && token.Name == heading.Name)
                {
                    found.Add((heading, heading.Name[1] - '0', Shorten(text.ToString())));
                    open = null;
                }
                else if (token.Kind == HtmlTokenKind.Text)
                {
                    text.Append(token.Text);
                }
                else if (token.Kind == HtmlTokenKind.StartTag)
                {
                    text.Append(' ');
                }
            }
            else if (token.Kind == HtmlTokenKind.StartTag && IsHeading(token.Name))
            {
                open = token;
                text.Clear();
            }
        }

        public void End(HtmlToken? body)
        {
            if (open is { } unclosed)
            {
                found.Add((unclosed, unclosed.Name[1] - '0', Shorten(text.ToString())));
            }
            var h1 = found.Where(h => h.Level == 1).ToList();
            if (h1.Count == 0)
            {
                error(Codes.HeadingStructure, body, "la pagina non ha un titolo principale (<h1>)");
            }
            foreach (var extra in h1.Skip(1))
            {
                error(Codes.HeadingStructure, extra.Start, $"secondo titolo principale (<h1>) «{extra.Text}»: una pagina ne ha uno solo");
            }
            var previous = 0;
            foreach (var (start, level, headingText) in found)
            {
                if (level > previous + 1)
                {
                    error(Codes.HeadingStructure, start, previous == 0
                        ? $"il primo titolo della pagina è <h{level}> «{headingText}»: deve essere <h1>"
                        : $"titolo <h{level}> «{headingText}» dopo un <h{previous}>: manca il livello <h{previous + 1}>");
                }
                previous = level;
            }
        }


        private static string Shorten(string raw)
        {
            var words = string.Join(' ', raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            return words.Length > 60 ? words[..57] + "…" : words;
        }
    }

    /// <summary>Links the site itself must resolve: not another site, not e-mail, not data.</summary>
    private static bool IsInternal(string href) =>
        href.Length > 0
        && !href.StartsWith("//", StringComparison.Ordinal)
        && !Uri.TryCreate(href, UriKind.Absolute, out _)
        && !href.Contains(':', StringComparison.Ordinal);
}
