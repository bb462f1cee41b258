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
/// <param name="MarkedParts">
/// the parts of the block, in bytes and in order, that are whole elements carrying the attribute the reader was asked
/// to mark (the search stage asks for <c>data-pagefind-ignore</c>: an objective's actor and link cells), from their
/// start tag to the end of their end tag, holding no id and nothing that could end them before their end tag. Empty
/// when the block is not replayable or not balanced.
/// </param>
public sealed record BlockTokens(ImmutableArray<HtmlToken> Tokens, int Newlines, int LastLineLength, bool Replayable, bool Balanced,
    ImmutableArray<(int Offset, int Length)> MarkedParts)
{
    /// <summary>The text of a <see cref="HtmlTokenKind.BlockStart"/> token for a balanced block.</summary>
    public const string BalancedMark = "balanced";

    private const string End = "pianosite-block-end";
    private const string EndMarker = "<!--" + End + "-->";

    /// <summary>
    /// Elements that may end a marked element before its end tag, or be ended early themselves: those whose end
    /// tag is optional (<see cref="HtmlScanner.OptionalEnd"/>), the rest of a table's structure and raw text.
    /// Where one starts inside a marked element (or is the marked element, but for a cell, which only table
    /// structure ends), the element is not a marked part.
    /// </summary>
    private static readonly FrozenSet<string> EndsEarly = FrozenSet.Create(StringComparer.Ordinal,
        [.. HtmlScanner.OptionalEnd, "table", "col", "script", "style", "textarea", "title"]);

    private static readonly FrozenSet<string> CountedElements = FrozenSet.Create(StringComparer.Ordinal, "html", "body", "table", "th");

    /// <summary>
    /// How many characters of blocks are read together, at most (a block longer than this is read alone): one
    /// tokenizer for many rows instead of one each, in strings that stay below the large-object heap.
    /// </summary>
    private const int BatchCharacters = 32 * 1024;

    public static BlockTokens Read(byte[] block, FrozenSet<string> attributes, string? marked = null) => ReadAll([block], attributes, marked)[0];

    /// <summary>
    /// Reads blocks as <see cref="Read"/> reads each, several with one tokenizer: each block is followed by the end
    /// marker and a newline, so that the next starts on a line of its own, in the state a tokenizer starts in,
    /// as long as the end marker was read as a comment where the block ends. A block whose reading is not
    /// complete that way (a heading in it, its end inside a tag, a comment or raw text) is read again alone, and
    /// the blocks after it with a new tokenizer. A block alone is read this way too: what it gives is the block's
    /// reading, by definition.
    /// </summary>
    public static BlockTokens[] ReadAll(IReadOnlyList<byte[]> blocks, FrozenSet<string> attributes, string? marked = null)
    {
        var read = new BlockTokens[blocks.Count];
        for (var next = 0; next < blocks.Count;)
        {
            var last = next + 1;
            for (var characters = blocks[next].Length; last < blocks.Count && characters + blocks[last].Length <= BatchCharacters; last++)
            {
                characters += blocks[last].Length;   // bytes: at least the characters they decode to
            }
            next = ReadBatch(blocks, next, last, attributes, marked, read);
        }
        return read;
    }

    /// <summary>Reads blocks [first, last) with one tokenizer; the index of the first block it did not read.</summary>
    private static int ReadBatch(IReadOnlyList<byte[]> blocks, int first, int last, FrozenSet<string> attributes, string? marked, BlockTokens[] read)
    {
        var (html, lengths) = Batch(blocks, first, last);
        var scanner = new HtmlScanner(html, attributes) { ReadsText = false };
        var (index, start, firstLine) = (first, 0, 1);
        var block = new Reader(html.AsMemory(start, lengths[0]), marked);
        foreach (var token in scanner.Tokens())
        {
            var line = token.Line - firstLine + 1;
            if (token is { Kind: HtmlTokenKind.Comment, Text: End } && line == block.Newlines + 1 && token.Column == block.LastLineLength + 1)
            {
                // The block's end was read as markup: it left the tokenizer outside any tag, as it found it.
                read[index] = block.Complete || last - first == 1 ? block.Tokens(replayable: block.Complete) : Read(blocks[index], attributes, marked);
                if (++index == last)
                {
                    return last;
                }
                start += lengths[index - 1 - first] + EndMarker.Length + 1;
                firstLine += block.Newlines + 1;
                block = new Reader(html.AsMemory(start, lengths[index - first]), marked);
                continue;
            }
            if (line > block.Newlines + 1 || line == block.Newlines + 1 && token.Column > block.LastLineLength + 1)
            {
                break;   // past the block's end: its end marker was not read as markup
            }
            block.Add(token with { Line = line });
        }
        read[index] = last - first == 1 ? block.Tokens(replayable: false) : Read(blocks[index], attributes, marked);
        return index + 1;
    }

    /// <summary>The blocks decoded into one string, each followed by the end marker and a newline; and each one's length in it.</summary>
    private static (string Html, int[] Lengths) Batch(IReadOnlyList<byte[]> blocks, int first, int last)
    {
        var lengths = new int[last - first];
        var total = 0;
        for (var i = first; i < last; i++)
        {
            lengths[i - first] = Encoding.UTF8.GetCharCount(blocks[i]);
            total += lengths[i - first] + EndMarker.Length + 1;
        }
        var html = string.Create(total, (blocks, first, last), (into, state) =>
        {
            for (var i = state.first; i < state.last; i++)
            {
                into = into[Encoding.UTF8.GetChars(state.blocks[i], into)..];
                EndMarker.CopyTo(into);
                into[EndMarker.Length] = '\n';
                into = into[(EndMarker.Length + 1)..];
            }
        });
        return (html, lengths);
    }

    /// <summary>Follows one block's tokens, positions counted from the block's start.</summary>
    private sealed class Reader
    {
        private readonly ReadOnlyMemory<char> block;
        private readonly string? marked;
        private readonly List<int> lineStarts;
        private readonly List<HtmlToken> tokens = [];
        private readonly Stack<string> open = new();
        private readonly List<(int Start, int End)> cuts = [];   // in characters
        private bool balanced = true;
        private bool stopped;
        private (int Depth, int Start, bool Valid) cut = (-1, 0, false);

        /// <param name="marked">the attribute whose elements are the block's marked parts, or null.</param>
        public Reader(ReadOnlyMemory<char> block, string? marked)
        {
            this.block = block;
            this.marked = marked;
            var text = block.Span;
            Newlines = text.Count('\n');
            LastLineLength = text.Length - (text.LastIndexOf('\n') + 1);
            lineStarts = LineStarts(text);
        }

        public int Newlines { get; }

        public int LastLineLength { get; }

        /// <summary>False once a heading was read: the checks need its text, which is not kept.</summary>
        public bool Complete => !stopped;

        public void Add(HtmlToken token)
        {
            if (stopped)
            {
                return;
            }
            if (token.Kind == HtmlTokenKind.StartTag && PageChecker.IsHeading(token.Name))
            {
                stopped = true;
                return;
            }
            if (token.Kind == HtmlTokenKind.StartTag && cut.Depth >= 0)
            {
                cut.Valid &= token.Attribute("id") is null && !EndsEarly.Contains(token.Name);
            }
            if (token.Kind == HtmlTokenKind.StartTag && !HtmlScanner.VoidElements.Contains(token.Name))
            {
                open.Push(token.Name);
                if (cut.Depth < 0 && marked is not null && token.Attribute(marked) is not null && token.Attribute("id") is null
                    && (token.Name is "td" or "th" || !EndsEarly.Contains(token.Name)))
                {
                    cut = (open.Count, Offset(token), true);
                }
            }
            else if (token.Kind == HtmlTokenKind.EndTag)
            {
                balanced &= open.TryPop(out var name) && name == token.Name;
                if (open.Count < cut.Depth)
                {
                    EndCut(Offset(token));
                }
            }
            if (token.Kind == HtmlTokenKind.StartTag && (token.Attributes.Count > 0 || CountedElements.Contains(token.Name))
                || token.Kind == HtmlTokenKind.EndTag && token.Name == "table")
            {
                tokens.Add(token);
            }
        }

        public BlockTokens Tokens(bool replayable)
        {
            balanced &= open.Count == 0;
            return new BlockTokens([.. tokens], Newlines, LastLineLength, replayable, balanced,
                replayable && balanced && cut.Depth < 0 ? InBytes(block.Span, cuts) : []);
        }

        /// <summary>The marked element ends with the end tag at <paramref name="endTag"/>: it is a marked part if nothing in it says otherwise.</summary>
        private void EndCut(int endTag)
        {
            var close = block.Span[endTag..].IndexOf('>');
            if (cut.Valid && close >= 0)
            {
                cuts.Add((cut.Start, endTag + close + 1));
            }
            cut = (-1, 0, false);
        }

        /// <summary>The token's first character, in characters from the block's start.</summary>
        private int Offset(HtmlToken token) => lineStarts[token.Line - 1] + token.Column - 1;
    }

    /// <summary>Where each line of the block starts, in characters.</summary>
    private static List<int> LineStarts(ReadOnlySpan<char> text)
    {
        var starts = new List<int> { 0 };
        for (var at = 0; text[at..].IndexOf('\n') is var next and >= 0; at += next + 1)
        {
            starts.Add(at + next + 1);
        }
        return starts;
    }

    /// <summary>Ranges of characters as ranges of the block's UTF-8 bytes.</summary>
    private static ImmutableArray<(int Offset, int Length)> InBytes(ReadOnlySpan<char> html, List<(int Start, int End)> cuts)
    {
        var bytes = ImmutableArray.CreateBuilder<(int, int)>(cuts.Count);
        var (character, offset) = (0, 0);
        foreach (var (start, end) in cuts)
        {
            offset += Encoding.UTF8.GetByteCount(html[character..start]);
            var length = Encoding.UTF8.GetByteCount(html[start..end]);
            bytes.Add((offset, length));
            (character, offset) = (end, offset + length);
        }
        return bytes.MoveToImmutable();
    }
}
