using System.Collections.Immutable;

namespace PianoSite.Write;

/// <summary>One file of a built edition: its path below the output folder (forward slashes) and its bytes.</summary>
public sealed record OutputFile(string Path, ReadOnlyMemory<byte> Content)
{
    /// <summary>The parts of <see cref="Content"/> repeated in other files, in order of offset (none unless the renderer says).</summary>
    public ImmutableArray<RepeatedBlock> Blocks { get; init; } = [];

    /// <summary>Where <see cref="Content"/> lives when its array is pooled (a page), or null.</summary>
    public PooledStream? Buffer { get; init; }

    /// <summary>
    /// Gives a pooled content's array back (<see cref="PooledStream"/>): only once nothing reads this file any
    /// more, which is for its last holder to know. A file never released is simply collected.
    /// </summary>
    public void Release() => Buffer?.Release();

    /// <summary>The same file with its bytes in an array of its own, for a holder that keeps it (the preview); this one's pooled array goes back.</summary>
    public OutputFile Detached()
    {
        if (Buffer is null)
        {
            return this;
        }
        var kept = this with { Content = Content.ToArray(), Buffer = null };
        Release();
        return kept;
    }
}
