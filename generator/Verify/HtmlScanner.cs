using System.Collections.Frozen;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace PianoSite.Verify;

/// <summary>
/// Reads an HTML page as a flat sequence of start tags, end tags, text and comments, with positions, through AngleSharp's
/// HTML5 tokenizer — without building the document tree. The verify stage walks each page once, in document
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

    /// <summary>Whether text is reported; the reader may switch it while reading (skipped text costs nothing).</summary>
    public bool ReadsText { get; set; } = true;

    /// <summary>Every token of the page (all attributes, all text).</summary>
    public static IEnumerable<HtmlToken> Scan(string html) => new HtmlScanner(html).Tokens();

    public IEnumerable<HtmlToken> Tokens()
    {
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver);
        if (attributes is not null)
        {
            var lookup = attributes.GetAlternateLookup<ReadOnlySpan<char>>();
            tokenizer.ShouldEmitAttribute = (ref _, name) => lookup.Contains(name.Span);
        }
        var lines = new LineCounter(html);
        while (true)
        {
            tokenizer.SkipDataText = !ReadsText;   // read between tokens: the reader's switch applies from the next one
            var token = tokenizer.Get();
            if (token.Type == HtmlTokenType.EndOfFile)
            {
                yield break;
            }
            // AngleSharp's offset is one past the token's first character.
            var (line, column) = lines.At(Math.Max(0, token.Position.Position - 1));
            switch (token.Type)
            {
                case HtmlTokenType.StartTag:
                    var tag = token.AsTag();
                    yield return new HtmlToken(HtmlTokenKind.StartTag, tag.Name, Attributes(tag), string.Empty, line, column);
                    tokenizer.State = tag.Name switch
                    {
                        "script" => HtmlParseMode.Script,
                        "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
                        "title" or "textarea" => HtmlParseMode.RCData,
                        "plaintext" => HtmlParseMode.Plaintext,
                        _ => tokenizer.State,
                    };
                    break;
                case HtmlTokenType.EndTag:
                    yield return new HtmlToken(HtmlTokenKind.EndTag, token.Name, NoAttributes, string.Empty, line, column);
                    break;
                case HtmlTokenType.Character when token.Data.Length > 0:   // skipped text still comes, empty
                    yield return new HtmlToken(HtmlTokenKind.Text, string.Empty, NoAttributes, token.Data, line, column);
                    break;
                case HtmlTokenType.Comment:
                    yield return new HtmlToken(HtmlTokenKind.Comment, string.Empty, NoAttributes, token.Data, line, column);
                    break;
            }
        }
    }

    private static KeyValuePair<string, string>[] Attributes(HtmlTagToken tag) =>
        tag.Attributes.Count == 0 ? NoAttributes : [.. tag.Attributes.Select(a => KeyValuePair.Create(a.Name, a.Value))];

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
