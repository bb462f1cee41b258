using System.Collections.Immutable;

namespace PianoSite.Verify;

/// <summary>
/// What the search index (Pagefind) reads of a page, learnt while the page is checked: whether the page is
/// indexed at all (it has an element with <c>data-pagefind-body</c>), and which of its repeated blocks lie inside
/// an element marked <c>data-pagefind-ignore="all"</c>, which Pagefind skips whole — an objective's row on every
/// page but its mission's. The build gives Pagefind each indexed page without those blocks: the same index, from
/// a fraction of the bytes.
/// </summary>
/// <param name="IgnoredBlocks">indices into the page's <see cref="Write.OutputFile.Blocks"/>.</param>
/// <param name="BlocksPlaced">whether the page's blocks were followed in it; if not, every byte of the page is read.</param>
public sealed record SearchExtent(bool Indexed, ImmutableArray<int> IgnoredBlocks, bool BlocksPlaced = true)
{
    /// <summary>A page read whole, or whose blocks could not be placed: indexed, every byte read.</summary>
    public static SearchExtent Whole(bool indexed) => new(indexed, [], BlocksPlaced: false);

    /// <summary>
    /// The parts of the page, in bytes and in order, that the search index skips and its input leaves out: the
    /// ignored blocks whole, and the elements it ignores inside the others (<see cref="BlockTokens.SearchCuts"/>).
    /// </summary>
    /// <param name="blocks">the page's blocks (<see cref="Write.OutputFile.Blocks"/>).</param>
    /// <param name="known">the blocks read while the page was checked.</param>
    public IEnumerable<(int Offset, int Length)> LeftOut(ImmutableArray<Write.RepeatedBlock> blocks, RepeatedBlockTokens known)
    {
        var next = 0;   // the next ignored block, in IgnoredBlocks
        for (var i = 0; i < blocks.Length && BlocksPlaced; i++)
        {
            var block = blocks[i];
            if (next < IgnoredBlocks.Length && IgnoredBlocks[next] == i)
            {
                next++;
                yield return (block.Offset, block.Bytes.Length);
            }
            else if (known.Known(block.Bytes) is { } tokens)
            {
                foreach (var (offset, length) in tokens.SearchCuts)
                {
                    yield return (block.Offset + offset, length);
                }
            }
        }
    }
}
