using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace PianoSite.Verify;

/// <summary>
/// The tokens of each repeated block (<see cref="BlockTokens"/>), read the first time a page holding it is
/// checked and kept as long as the block's bytes are: the blocks are shared arrays (<see cref="Write.RepeatedBlock"/>),
/// hence the lookup by reference, and the preview keeps an unchanged row's array from one rebuild to the next,
/// so a rebuild reads only the rows that changed. Pages are checked in parallel.
/// </summary>
/// <param name="attributes">the attributes the tokens carry (<see cref="HtmlScanner"/>).</param>
/// <param name="marked">the attribute whose elements are each block's <see cref="BlockTokens.MarkedParts"/>, or null.</param>
/// <param name="keepSkeletons">
/// also keep each page's skeleton (the page with its blocks replaced by markers, see <see cref="PageTokens"/>) and
/// its tokens, to read them again only when the skeleton changed: the preview, where a save changes a row of an
/// actor's page but not the thousands of markers around it.
/// </param>
public sealed class RepeatedBlockTokens(FrozenSet<string> attributes, string? marked, bool keepSkeletons)
{
    private readonly ConditionalWeakTable<byte[], BlockTokens> read = [];
    private readonly ConcurrentDictionary<string, (string Skeleton, HtmlToken[] Tokens)>? skeletons = keepSkeletons ? new(StringComparer.Ordinal) : null;

    /// <summary>What starts every marker comment of this run's skeletons; random, so that no comment of a page can pass for one.</summary>
    public string MarkerPrefix { get; } = $"b{Random.Shared.Next():x8}:";

    public bool KeepsSkeletons => skeletons is not null;

    /// <summary>The block's tokens if a page holding it was checked, else null (it is not read for this).</summary>
    public BlockTokens? Known(byte[] block) => read.TryGetValue(block, out var tokens) ? tokens : null;

    /// <summary>Reads the page's blocks not read yet, together (<see cref="BlockTokens.ReadAll"/>): before its markers are met.</summary>
    public void ReadUnread(ImmutableArray<Write.RepeatedBlock> blocks)
    {
        var seen = new HashSet<byte[]>(ReferenceEqualityComparer.Instance);
        var unread = new List<byte[]>();
        foreach (var block in blocks)
        {
            if (Known(block.Bytes) is null && seen.Add(block.Bytes))
            {
                unread.Add(block.Bytes);
            }
        }
        var tokens = BlockTokens.ReadAll(unread, attributes, marked);
        for (var i = 0; i < unread.Count; i++)
        {
            read.TryAdd(unread[i], tokens[i]);   // another page, checked at the same time, may have read it first: the same tokens
        }
    }

    public BlockTokens Of(byte[] block) => Known(block) ?? read.GetValue(block, b => BlockTokens.Read(b, attributes, marked));

    /// <summary>The tokens read from the page's skeleton last time, if it is the same skeleton.</summary>
    public HtmlToken[]? SkeletonTokens(string page, string skeleton) =>
        skeletons is not null && skeletons.TryGetValue(page, out var kept) && kept.Skeleton == skeleton ? kept.Tokens : null;

    /// <summary>Forgets the skeletons of pages no longer in the site (a driver renamed, a mission removed).</summary>
    /// <param name="pages">the site's pages now, their paths below output/.</param>
    public void KeepSkeletonsOf(IEnumerable<string> pages)
    {
        if (skeletons is null)
        {
            return;
        }
        var current = pages.ToHashSet(StringComparer.Ordinal);
        foreach (var page in skeletons.Keys.Where(p => !current.Contains(p)))
        {
            skeletons.TryRemove(page, out _);
        }
    }

    public void KeepSkeleton(string page, string skeleton, HtmlToken[] tokens)
    {
        if (skeletons is not null)
        {
            skeletons[page] = (skeleton, tokens);
        }
    }
}
