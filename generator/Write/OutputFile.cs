using System.Collections.Immutable;

namespace PianoSite.Write;

/// <summary>One file of a built edition: its path below the output folder (forward slashes) and its bytes.</summary>
public sealed record OutputFile(string Path, ReadOnlyMemory<byte> Content)
{
    /// <summary>The parts of <see cref="Content"/> repeated in other files, in order of offset (none unless the renderer says).</summary>
    public ImmutableArray<RepeatedBlock> Blocks { get; init; } = [];

    /// <summary>
    /// The pooled stream whose buffer holds <see cref="Content"/> (a page of a build), or null. Its last holder gives
    /// the buffer back to the pool with <see cref="Release"/>; a holder that keeps the file takes a copy (<see cref="Detached"/>).
    /// </summary>
    public IDisposable? Buffer { get; init; }

    /// <summary>Gives a pooled content's buffer back: nothing may read <see cref="Content"/> afterwards.</summary>
    public void Release() => Buffer?.Dispose();

    /// <summary>The same file with its bytes in an array of its own (itself when they already are): what a holder keeps.</summary>
    public OutputFile Detached() => Buffer is null ? this : this with { Content = Content.ToArray(), Buffer = null };
}
