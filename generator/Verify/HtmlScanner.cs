using System.Collections.Frozen;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Common;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;

namespace PianoSite.Verify;

/// <summary>
/// Reads an HTML page as a flat sequence of start tags, end tags, text and comments, with positions, as AngleSharp's
/// HTML5 tokenizer reads it — without building the document tree. The verify stage walks each page once, in document
/// order: a DOM per page (what AngleSharp's parser builds) was most of the memory and a third of the time of a
/// large build. The tokenizer alone does not know that the content of script and style is raw text and that
/// of title and textarea escapable raw text (the tree builder tells it): this does, as the tree builder would.
/// Lines and columns are counted here from the token's offset, because AngleSharp's own line numbers are
/// 16-bit and wrap on pages of more than 65,535 lines (a large plan's actor pages have more).
/// </summary>
/// <param name="html">the page.</param>
/// <param name="attributes">the attributes to report (null: all); the others are not even copied out of the page.</param>
public sealed class HtmlScanner(string html, FrozenSet<string>? attributes = null)
{
    private static readonly KeyValuePair<string, string>[] NoAttributes = [];

    /// <summary>The elements that never have content nor an end tag.</summary>
    public static readonly FrozenSet<string> VoidElements = FrozenSet.Create(StringComparer.Ordinal,
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");

    /// <summary>Elements whose end tag is optional (void ones, with nothing inside, are <see cref="VoidElements"/>).</summary>
    public static readonly FrozenSet<string> OptionalEnd = FrozenSet.Create(StringComparer.Ordinal,
        "p", "li", "dt", "dd", "td", "th", "tr", "thead", "tbody", "tfoot", "option", "optgroup", "rt", "rp", "colgroup", "caption", "html", "head", "body");

    /// <summary>Tag and attribute names common enough to be read as one shared string each.</summary>
    private static readonly FrozenSet<string> KnownNames = FrozenSet.Create(StringComparer.Ordinal,
        "html", "head", "body", "meta", "link", "title", "script", "style", "header", "footer", "main", "nav", "section", "article",
        "aside", "div", "span", "p", "a", "ul", "ol", "li", "dl", "dt", "dd", "table", "caption", "thead", "tbody", "tfoot", "tr",
        "th", "td", "colgroup", "col", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i", "abbr", "small", "br", "hr",
        "img", "figure", "figcaption", "blockquote", "code", "pre", "sup", "sub", "button", "form", "input", "label", "svg", "use",
        "path", "details", "summary", "noscript", "template",
        "id", "class", "href", "src", "name", "lang", "title", "scope", "role", "tabindex", "rel", "type", "content", "charset",
        "aria-label", "aria-hidden", "aria-current", "aria-labelledby", "aria-describedby", "action", "alt", "hidden");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownNamesLookup = KnownNames.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether text is reported; the reader may switch it while reading (skipped text costs nothing).</summary>
    public bool ReadsText { get; set; } = true;

    /// <summary>Every token of the page (all attributes, all text).</summary>
    public static IEnumerable<HtmlToken> Scan(string html) => new HtmlScanner(html).Tokens();

    /// <summary>The page's tokens, in document order.</summary>
    public IEnumerable<HtmlToken> Tokens() => HtmlFiveTokens(new LineCounter(html), AttributeNames);

    /// <summary>The attributes to copy out of the page: those asked for, else every one (the common names shared).</summary>
    private FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AttributeNames => (attributes ?? KnownNames).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// How the content after an element's start tag is read (null: as markup), as the tree builder tells the
    /// tokenizer: the raw text of script and style, the escapable raw text of title and textarea.
    /// </summary>
    internal static HtmlParseMode? TextModeAfter(string element) => element switch
    {
        "script" => HtmlParseMode.Script,
        "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
        "title" or "textarea" => HtmlParseMode.RCData,
        "plaintext" => HtmlParseMode.Plaintext,
        _ => null,
    };

    /// <summary>The tokens of AngleSharp's HTML5 tokenizer.</summary>
    private IEnumerable<HtmlToken> HtmlFiveTokens(LineCounter lines, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> attributeNames)
    {
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver);
        if (attributes is not null)
        {
            tokenizer.ShouldEmitAttribute = (ref _, name) => attributeNames.Contains(name.Span);
        }
        while (true)
        {
            tokenizer.SkipDataText = !ReadsText;   // read between tokens: the reader's switch applies from the next one
            if (!Next(tokenizer, lines, attributeNames, out var next))
            {
                yield break;
            }
            if (next is not { } token)
            {
                continue;
            }
            if (token.Kind == HtmlTokenKind.StartTag && TextModeAfter(token.Name) is { } mode)
            {
                tokenizer.State = mode;
            }
            yield return token;
        }
    }

    /// <summary>
    /// The tokenizer's next token as ours (null for one not reported); false at the end of the page.
    /// The tokenizer's own token is read in place (a struct, its names and values slices of the page): tag and attribute
    /// names become shared strings, so a page's thousands of tags allocate only their attributes' values.
    /// </summary>
    private static bool Next(HtmlTokenizer tokenizer, LineCounter lines, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> attributeNames, out HtmlToken? next)
    {
        ref var token = ref tokenizer.GetStructToken();
        if (token.Type == HtmlTokenType.EndOfFile)
        {
            next = null;
            return false;
        }
        // AngleSharp's offset is one past the token's first character.
        var offset = Math.Max(0, token.Position.Position - 1);
        var (line, column) = lines.At(offset);
        next = token.Type switch
        {
            HtmlTokenType.StartTag => new HtmlToken(HtmlTokenKind.StartTag, Shared(token.Name), Attributes(ref token, attributeNames), string.Empty, line, column),
            HtmlTokenType.EndTag => new HtmlToken(HtmlTokenKind.EndTag, Shared(token.Name), NoAttributes, string.Empty, line, column),
            HtmlTokenType.Character when token.Data.Length > 0 =>   // skipped text still comes, empty
                new HtmlToken(HtmlTokenKind.Text, string.Empty, NoAttributes, token.Data.ToString(), line, column),
            HtmlTokenType.Comment => new HtmlToken(HtmlTokenKind.Comment, string.Empty, NoAttributes, token.Data.ToString(), line, column),
            _ => null,
        };
        return true;
    }

    private static KeyValuePair<string, string>[] Attributes(ref StructHtmlToken tag, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> names)
    {
        var attributes = tag.Attributes;
        if (attributes.Count == 0)
        {
            return NoAttributes;
        }
        var copied = new KeyValuePair<string, string>[attributes.Count];
        for (var i = 0; i < copied.Length; i++)
        {
            var attribute = attributes[i];
            var name = names.TryGetValue(attribute.Name.Memory.Span, out var known) ? known : attribute.Name.ToString();
            copied[i] = KeyValuePair.Create(name, attribute.Value.ToString());
        }
        return copied;
    }

    /// <summary>A tag's name as a shared string when it is a common one.</summary>
    private static string Shared(StringOrMemory name) =>
        KnownNamesLookup.TryGetValue(name.Memory.Span, out var known) ? known : name.ToString();

    /// <summary>Line and column of increasing offsets, counting each newline once over the whole page.</summary>
    private sealed class LineCounter(string html)
    {
        private int offset;
        private int line = 1;
        private int lineStart;

        public (int Line, int Column) At(int index)
        {
            for (; offset < index; offset++)
            {
                if (html[offset] == '\n')
                {
                    line++;
                    lineStart = offset + 1;
                }
            }
            return (line, index - lineStart + 1);
        }
    }
}
