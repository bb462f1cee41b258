using System.Collections.Immutable;

namespace PianoSite.Write;

/// <summary>One file of a built edition: its path below the output folder (forward slashes) and its bytes.</summary>
public sealed record OutputFile(string Path, ReadOnlyMemory<byte> Content)
{
    /// <summary>The parts of <see cref="Content"/> repeated in other files, in order of offset (none unless the renderer says).</summary>
    public ImmutableArray<RepeatedBlock> Blocks { get; init; } = [];
}
