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
public sealed record BlockTokens(ImmutableArray<HtmlToken> Tokens, int Newlines, int LastLineLength, bool Replayable, bool Balanced)
{
    /// <summary>The text of a <see cref="HtmlTokenKind.BlockStart"/> token for a balanced block.</summary>
    public const string BalancedMark = "balanced";

    private const string End = "pianosite-block-end";

    private static readonly FrozenSet<string> CountedElements = FrozenSet.Create(StringComparer.Ordinal, "html", "body", "table", "th");

    public static BlockTokens Read(byte[] block, FrozenSet<string> attributes)
    {
        var html = Encoding.UTF8.GetString(block);
        var newlines = html.AsSpan().Count('\n');
        var lastLine = html.Length - (html.LastIndexOf('\n') + 1);
        var tokens = ImmutableArray.CreateBuilder<HtmlToken>();
        var replayable = false;
        var open = new Stack<string>();
        var balanced = true;
        var scanner = new HtmlScanner(html + $"<!--{End}-->", attributes) { ReadsText = false };
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
            if (token.Kind == HtmlTokenKind.StartTag && !HtmlScanner.VoidElements.Contains(token.Name))
            {
                open.Push(token.Name);
            }
            else if (token.Kind == HtmlTokenKind.EndTag)
            {
                balanced &= open.TryPop(out var name) && name == token.Name;
            }
            if (token.Kind == HtmlTokenKind.StartTag && (token.Attributes.Count > 0 || CountedElements.Contains(token.Name))
                || token.Kind == HtmlTokenKind.EndTag && token.Name == "table")
            {
                tokens.Add(token);
            }
        }
        return new BlockTokens(tokens.ToImmutable(), newlines, lastLine, replayable, balanced && open.Count == 0);
    }
}
