using System.Collections.Immutable;
using System.Text;
using PianoSite.Write;

namespace PianoSite.Verify;

/// <summary>
/// The tokens of a page whose repeated blocks (<see cref="RepeatedBlock"/>) are read once for the whole site: the
/// page is read with each block replaced by a marker comment, and at each marker the block's tokens
/// (<see cref="BlockTokens"/>) are given instead, every position — the block's and those after it — moved to
/// where it is in the real page. The sequence is the one the whole page gives, for the tokens
/// <see cref="PageChecker"/> looks at, as long as <see cref="Replayed"/> holds at the end; when it does not (a
/// block not replayable, a block where a heading is open, a marker not read as a comment), the caller reads the
/// whole page instead.
/// </summary>
internal sealed class PageTokens
{
    private readonly string path;
    private readonly string skeleton;
    private readonly string markerPrefix;
    private readonly ImmutableArray<RepeatedBlock> blocks;
    private readonly RepeatedBlockTokens known;
    private readonly HtmlScanner scanner;

    /// <param name="path">the page's path, under which its skeleton's tokens are kept (<see cref="RepeatedBlockTokens.KeepsSkeletons"/>).</param>
    public PageTokens(string path, ReadOnlyMemory<byte> page, ImmutableArray<RepeatedBlock> blocks, RepeatedBlockTokens known, System.Collections.Frozen.FrozenSet<string> attributes)
    {
        this.path = path;
        this.blocks = blocks;
        this.known = known;
        markerPrefix = known.MarkerPrefix;
        skeleton = Skeleton(page.Span);
        scanner = new HtmlScanner(skeleton, attributes);
    }

    /// <summary>Whether text is reported (see <see cref="HtmlScanner.ReadsText"/>).</summary>
    public bool ReadsText { set => scanner.ReadsText = value; }

    /// <summary>False when the tokens given are not those of the whole page: then the page must be read whole.</summary>
    public bool Replayed { get; private set; } = true;

    /// <param name="mayReplay">whether a block may be given now (false while a heading is open: its text would count).</param>
    public IEnumerable<HtmlToken> Read(Func<bool> mayReplay)
    {
        var lineShift = 0;       // real line − skeleton line, after the last marker
        var shiftedLine = 0;     // the skeleton line the last marker ended on
        var columnShift = 0;     // real column − skeleton column, on that line after the marker
        var seen = 0;
        // The skeleton's tokens as they were last read: what the reader switches on and off while reading (the text
        // of headings) depends only on them, since a replayed block holds no heading.
        var kept = known.SkeletonTokens(path, skeleton);
        var read = kept is null && known.KeepsSkeletons ? new List<HtmlToken>() : null;
        foreach (var token in kept ?? scanner.Tokens())
        {
            read?.Add(token);
            var (line, column) = (token.Line + lineShift, token.Line == shiftedLine ? token.Column + columnShift : token.Column);
            if (token.Kind != HtmlTokenKind.Comment || !token.Text.StartsWith(markerPrefix, StringComparison.Ordinal))
            {
                yield return token with { Line = line, Column = column };
                continue;
            }
            // A marker must be the next block's: a comment of the page's own that looked like one makes it read whole.
            if (!int.TryParse(token.Text.AsSpan(markerPrefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
                || index != seen++ || index >= blocks.Length || known.Of(blocks[index].Bytes) is not { Replayable: true } block || !mayReplay())
            {
                Replayed = false;
                yield break;
            }
            yield return token with { Kind = HtmlTokenKind.BlockStart, Text = block.Balanced ? BlockTokens.BalancedMark : string.Empty, Line = line, Column = column };
            foreach (var inner in block.Tokens)
            {
                yield return inner with { Line = line + inner.Line - 1, Column = inner.Line == 1 ? column + inner.Column - 1 : inner.Column };
            }
            var (endLine, endColumn) = block.Newlines == 0 ? (line, column + block.LastLineLength) : (line + block.Newlines, block.LastLineLength + 1);
            yield return token with { Kind = HtmlTokenKind.BlockEnd, Text = string.Empty, Line = endLine, Column = endColumn };
            var markerEnd = token.Column + Marker(index).Length;
            lineShift = endLine - token.Line;
            shiftedLine = token.Line;
            columnShift = endColumn - markerEnd;
        }
        Replayed = Replayed && seen == blocks.Length;
        if (Replayed && read is not null)
        {
            known.KeepSkeleton(path, skeleton, [.. read]);
        }
    }

    private string Marker(int index) => $"<!--{markerPrefix}{index}-->";

    /// <summary>The page's text with each block replaced by its marker, decoded straight into a string of its exact length.</summary>
    private string Skeleton(ReadOnlySpan<byte> page)
    {
        var length = Encoding.UTF8.GetCharCount(page[Gap(blocks.Length)]);
        for (var i = 0; i < blocks.Length; i++)
        {
            length += Encoding.UTF8.GetCharCount(page[Gap(i)]) + Marker(i).Length;
        }
        return string.Create(length, page, (into, bytes) =>
        {
            for (var i = 0; i < blocks.Length; i++)
            {
                into = into[Encoding.UTF8.GetChars(bytes[Gap(i)], into)..];
                var marker = Marker(i);
                marker.CopyTo(into);
                into = into[marker.Length..];
            }
            Encoding.UTF8.GetChars(bytes[Gap(blocks.Length)], into);
        });
    }

    /// <summary>The page's bytes before block <paramref name="index"/> and after the one before it (after the last block for the index past it).</summary>
    private Range Gap(int index) =>
        (index == 0 ? 0 : blocks[index - 1].Offset + blocks[index - 1].Bytes.Length)..(index < blocks.Length ? blocks[index].Offset : ^0);
}
