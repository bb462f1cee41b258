namespace PianoSite.Load;

/// <summary>A content file as read from disk: its path relative to the plan's root and its text (LF line ends, no BOM).</summary>
public sealed record SourceFile(string Path, string Text);
