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
public sealed record SearchExtent(bool Indexed, ImmutableArray<int> IgnoredBlocks)
{
    /// <summary>A page read whole, or whose blocks could not be placed: indexed, every byte read.</summary>
    public static SearchExtent Whole(bool indexed) => new(indexed, []);
}
