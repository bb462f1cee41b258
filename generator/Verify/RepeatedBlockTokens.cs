using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace PianoSite.Verify;

/// <summary>
/// The tokens of each repeated block (<see cref="BlockTokens"/>), read the first time a page holding it is
/// checked and kept as long as the block's bytes are: the blocks are shared arrays (<see cref="Write.RepeatedBlock"/>),
/// hence the lookup by reference, and the preview keeps an unchanged row's array from one rebuild to the next,
/// so a rebuild reads only the rows that changed. Pages are checked in parallel.
/// </summary>
public sealed class RepeatedBlockTokens(FrozenSet<string> attributes)
{
    private readonly ConditionalWeakTable<byte[], BlockTokens> read = [];

    public BlockTokens Of(byte[] block) => read.TryGetValue(block, out var tokens) ? tokens : read.GetValue(block, b => BlockTokens.Read(b, attributes));
}
