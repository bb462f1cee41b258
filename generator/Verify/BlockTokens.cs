using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;

namespace PianoSite.Verify;

/// <summary>
/// What the page checks need from a repeated block (<see cref="Write.RepeatedBlock"/>, an objective's row), read
/// once: its tokens that matter to <see cref="PageChecker"/> (start tags with an id, a link, a name, or of the
/// elements it counts; the ends of tables), with positions inside the block, and the block's extent in lines, to
/// place them on each page. A block is replayable only if reading it alone gives the tokens it gives in a page:
/// it ends outside any tag, comment or raw text, and holds no heading (whose text the checks would need).
/// </summary>
/// <param name="Tokens">line 1 is the block's first line; columns on it count from the block's start.</param>
/// <param name="Newlines">the newlines in the block.</param>
/// <param name="LastLineLength">the characters after the block's last newline (all of them when it has none).</param>
/// <param name="Balanced">the block closes every element it opens (but void ones), and none it did not open.</param>
/// <param name="SearchCuts">
/// the parts of the block, in bytes and in order, that the search index skips whole and that can be left out of
/// what it reads (see <see cref="SearchExtent"/>): elements marked <c>data-pagefind-ignore</c> — an objective's actor
/// and link cells — that hold no other Pagefind attribute, no id, and nothing that could end them before their
/// end tag. Empty when the block is not replayable or not balanced.
/// </param>
public sealed record BlockTokens(ImmutableArray<HtmlToken> Tokens, int Newlines, int LastLineLength, bool Replayable, bool Balanced,
    ImmutableArray<(int Offset, int Length)> SearchCuts)
{
    /// <summary>The text of a <see cref="HtmlTokenKind.BlockStart"/> token for a balanced block.</summary>
    public const string BalancedMark = "balanced";

    private const string End = "pianosite-block-end";
    private const string EndMarker = "<!--" + End + "-->";

    /// <summary>
    /// Elements that may end before their end tag: where one starts inside an ignored element (or is the
    /// ignored element, but for a cell, which only table structure ends), the element is not left out.
    /// </summary>
    private static readonly FrozenSet<string> EndsEarly = FrozenSet.Create(StringComparer.Ordinal,
        "p", "li", "dt", "dd", "td", "th", "tr", "thead", "tbody", "tfoot", "table", "caption", "colgroup", "col", "option", "optgroup",
        "rt", "rp", "html", "head", "body", "script", "style", "textarea", "title");

    private const string PagefindAttributePrefix = "data-pagefind-";

    private static readonly FrozenSet<string> CountedElements = FrozenSet.Create(StringComparer.Ordinal, "html", "body", "table", "th");

    /// <summary>The tokens kept while a block is read, one list per thread for every block it reads.</summary>
    [ThreadStatic]
    private static List<HtmlToken>? Kept;

    public static BlockTokens Read(byte[] block, FrozenSet<string> attributes)
    {
        // The block and the end marker decoded straight into one string.
        var html = string.Create(Encoding.UTF8.GetCharCount(block) + EndMarker.Length, block, (into, bytes) =>
            EndMarker.CopyTo(into[Encoding.UTF8.GetChars(bytes, into)..]));
        var length = html.Length - EndMarker.Length;
        var newlines = html.AsSpan(0, length).Count('\n');
        var lastLine = length - (html.AsSpan(0, length).LastIndexOf('\n') + 1);
        var tokens = Kept ??= [];
        tokens.Clear();
        var replayable = false;
        var open = new Stack<string>();
        var balanced = true;
        var lines = LineStarts(html, length);
        var cuts = new List<(int Start, int End)>();   // in characters
        var (cutDepth, cutStart, cutValid) = (-1, 0, false);
        var scanner = new HtmlScanner(html, attributes) { ReadsText = false };
        foreach (var token in scanner.Tokens())
        {
            if (token is { Kind: HtmlTokenKind.Comment, Text: End } && token.Line == newlines + 1 && token.Column == lastLine + 1)
            {
                replayable = true;   // the block's end was read as markup: it left the tokenizer outside any tag
                break;
            }
            if (token.Kind == HtmlTokenKind.StartTag && PageChecker.IsHeading(token.Name))
            {
                break;
            }
            if (token.Kind == HtmlTokenKind.StartTag && cutDepth >= 0)
            {
                cutValid &= token.Attribute("id") is null && !EndsEarly.Contains(token.Name);
            }
            if (token.Kind == HtmlTokenKind.StartTag && !HtmlScanner.VoidElements.Contains(token.Name))
            {
                open.Push(token.Name);
                if (cutDepth < 0 && token.Attribute(SearchExtentReader.IgnoreAttribute) is not null && token.Attribute("id") is null
                    && (token.Name is "td" or "th" || !EndsEarly.Contains(token.Name)))
                {
                    (cutDepth, cutStart, cutValid) = (open.Count, Offset(lines, token), true);
                }
            }
            else if (token.Kind == HtmlTokenKind.EndTag)
            {
                balanced &= open.TryPop(out var name) && name == token.Name;
                if (open.Count < cutDepth)
                {
                    var end = html.IndexOf('>', Offset(lines, token)) + 1;
                    var cut = html.AsSpan(cutStart, Math.Max(0, end - cutStart));
                    if (cutValid && end > 0 && end <= length
                        && Occurrences(cut, PagefindAttributePrefix) == Occurrences(cut, SearchExtentReader.IgnoreAttribute))   // no filter, meta, sort... inside
                    {
                        cuts.Add((cutStart, end));
                    }
                    cutDepth = -1;
                }
            }
            if (token.Kind == HtmlTokenKind.StartTag && (token.Attributes.Count > 0 || CountedElements.Contains(token.Name))
                || token.Kind == HtmlTokenKind.EndTag && token.Name == "table")
            {
                tokens.Add(token);
            }
        }
        balanced &= open.Count == 0;
        return new BlockTokens([.. tokens], newlines, lastLine, replayable, balanced,
            replayable && balanced && cutDepth < 0 ? InBytes(html, cuts) : []);
    }

    /// <summary>Where each line of the block starts, in characters.</summary>
    private static List<int> LineStarts(string html, int length)
    {
        var starts = new List<int> { 0 };
        for (var at = html.IndexOf('\n'); at >= 0 && at < length; at = html.IndexOf('\n', at + 1))
        {
            starts.Add(at + 1);
        }
        return starts;
    }

    /// <summary>The token's first character, in characters from the block's start.</summary>
    private static int Offset(List<int> lineStarts, HtmlToken token) => lineStarts[token.Line - 1] + token.Column - 1;

    private static int Occurrences(ReadOnlySpan<char> text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, StringComparison.Ordinal))
        {
            count++;
            text = text[(at + value.Length)..];
        }
        return count;
    }

    /// <summary>Ranges of characters as ranges of the block's UTF-8 bytes.</summary>
    private static ImmutableArray<(int Offset, int Length)> InBytes(string html, List<(int Start, int End)> cuts)
    {
        var bytes = ImmutableArray.CreateBuilder<(int, int)>(cuts.Count);
        var (character, offset) = (0, 0);
        foreach (var (start, end) in cuts)
        {
            offset += Encoding.UTF8.GetByteCount(html.AsSpan(character, start - character));
            var length = Encoding.UTF8.GetByteCount(html.AsSpan(start, end - start));
            bytes.Add((offset, length));
            (character, offset) = (end, offset + length);
        }
        return bytes.MoveToImmutable();
    }
}
