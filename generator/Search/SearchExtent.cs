using System.Collections.Immutable;
using PianoSite.Verify;
using PianoSite.Write;

namespace PianoSite.Search;

/// <summary>
/// What the search index (Pagefind) reads of a page, learnt by following the verify stage's reading of it
/// (<see cref="SearchExtentReader"/>): whether the page is
/// indexed at all (it has an element with <c>data-pagefind-body</c>), and which of its repeated blocks lie inside
/// an element marked <c>data-pagefind-ignore="all"</c>, which Pagefind skips whole — an objective's row on every
/// page but its mission's. The build gives Pagefind each indexed page without those blocks: the same index, from
/// a fraction of the bytes.
/// </summary>
/// <param name="IgnoredBlocks">indices into the page's <see cref="Write.OutputFile.Blocks"/>.</param>
/// <param name="BlocksPlaced">whether the page's blocks were followed in it; if not, every byte of the page is read.</param>
public sealed record SearchExtent(bool Indexed, ImmutableArray<int> IgnoredBlocks, bool BlocksPlaced = true)
{
    /// <summary>
    /// The body's parts outside its indexed element (before and after it), when Pagefind reads nothing of them that
    /// its tags show (<see cref="SearchExtentReader"/>); empty otherwise.
    /// </summary>
    public ImmutableArray<(TextPosition From, TextPosition To)> Outside { get; init; } = [];

    /// <summary>A page read whole, or whose blocks could not be placed: indexed, every byte read.</summary>
    public static SearchExtent Whole(bool indexed) => new(indexed, [], BlocksPlaced: false);

    /// <summary>
    /// The parts of the page, in bytes and in order, that the search index skips and its input leaves out: the
    /// ignored blocks whole, the elements marked <c>data-pagefind-ignore</c> inside the others
    /// (<see cref="BlockTokens.MarkedParts"/>) that hold no Pagefind attribute but that one, and
    /// the body's parts outside the indexed element (<see cref="Outside"/>) that hold no Pagefind attribute but
    /// <c>data-pagefind-ignore</c>.
    /// </summary>
    /// <param name="page">the page's bytes.</param>
    /// <param name="blocks">the page's blocks (<see cref="Write.OutputFile.Blocks"/>).</param>
    /// <param name="known">the blocks read while the page was checked.</param>
    public IReadOnlyList<(int Offset, int Length)> LeftOut(ReadOnlySpan<byte> page, ImmutableArray<RepeatedBlock> blocks, RepeatedBlockTokens known)
    {
        var parts = new List<(int Offset, int Length)>();
        if (!BlocksPlaced)
        {
            return parts;
        }
        var next = 0;   // the next ignored block, in IgnoredBlocks
        for (var i = 0; i < blocks.Length; i++)
        {
            var block = blocks[i];
            if (next < IgnoredBlocks.Length && IgnoredBlocks[next] == i)
            {
                next++;
                parts.Add((block.Offset, block.Bytes.Length));
            }
            else if (known.Known(block.Bytes) is { } tokens)
            {
                foreach (var (offset, length) in tokens.MarkedParts)
                {
                    if (SearchExtentReader.NamesOnlyIgnore(block.Bytes.AsSpan(offset, length)))   // no filter, meta, sort... inside
                    {
                        parts.Add((block.Offset + offset, length));
                    }
                }
            }
        }
        var outside = OutsideParts(page);
        if (outside.Count == 0)
        {
            return parts;
        }
        // The body's parts hold no block (the reader saw none there), so they fall before and after every other part.
        return outside[0].Offset + outside[0].Length <= (parts.Count > 0 ? parts[0].Offset : outside[1].Offset)
            && (parts.Count == 0 || parts[^1].Offset + parts[^1].Length <= outside[1].Offset)
            ? [outside[0], .. parts, outside[1]]
            : parts;
    }

    /// <summary>The two parts of <see cref="Outside"/> in bytes, or none when one of them cannot be left out.</summary>
    private List<(int Offset, int Length)> OutsideParts(ReadOnlySpan<byte> page)
    {
        if (Outside.Length != 2)
        {
            return [];
        }
        Span<int> at = stackalloc int[4];
        if (!TextPosition.ByteOffsets(page, [Outside[0].From, Outside[0].To, Outside[1].From, Outside[1].To], at))
        {
            return [];
        }
        var parts = new List<(int Offset, int Length)>();
        for (var i = 0; i < at.Length; i += 2)
        {
            if (at[i + 1] < at[i] || !SearchExtentReader.NamesOnlyIgnore(page[at[i]..at[i + 1]]))   // a meta, filter, sort...
            {
                return [];
            }
            parts.Add((at[i], at[i + 1] - at[i]));
        }
        return parts;
    }
}
