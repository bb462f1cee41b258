using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace PianoSite.Verify;

/// <summary>
/// The tokens of each repeated block (<see cref="BlockTokens"/>), read the first time a page holding it is
/// checked (the blocks are shared arrays: see <see cref="Write.RepeatedBlock"/>, hence the lookup by reference).
/// One instance per run, dropped with it; pages are checked in parallel.
/// </summary>
public sealed class RepeatedBlockTokens(FrozenSet<string> attributes)
{
    private readonly ConcurrentDictionary<byte[], BlockTokens> read = new(ReferenceEqualityComparer.Instance);

    public BlockTokens Of(byte[] block) => read.GetOrAdd(block, b => BlockTokens.Read(b, attributes));
}
