namespace PianoSite.Diagnostics;

/// <summary>
/// Where something comes from: a path relative to the plan's root (forward slashes), 1-based line and column.
/// Line 0 means "the file as a whole".
/// </summary>
public sealed record SourceSpan(string File, int Line, int Column)
{
    public static SourceSpan WholeFile(string file) => new(file, 0, 0);

    public static readonly SourceSpan None = new(string.Empty, 0, 0);

    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
}
