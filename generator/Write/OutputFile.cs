namespace PianoSite.Write;

/// <summary>One file of a built edition: its path below the output folder (forward slashes) and its bytes.</summary>
public sealed record OutputFile(string Path, ReadOnlyMemory<byte> Content);
