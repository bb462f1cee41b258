using PianoSite.Diagnostics;
using PianoSite.Model;
using PianoSite.Write;

namespace PianoSite.Pipeline;

/// <summary>
/// What a run produced: the plan (when it could be read), every diagnostic, and the files of the editions —
/// in <see cref="Files"/> when they were kept in memory (<see cref="BuildPipeline.Render()"/>); a build wrote
/// them to disk as they were made, and only counts them.
/// </summary>
public sealed record BuildResult(Plan? Plan, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<OutputFile> Files, bool Strict)
{
    /// <summary>How many files the editions have.</summary>
    public int FileCount { get; init; }

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError && !d.IsAccepted);

    public int AcceptedCount => Diagnostics.Count(d => d.IsAccepted);

    /// <summary>Errors fail; unaccepted warnings fail too with --strict.</summary>
    public bool Succeeded => ErrorCount == 0 && (!Strict || WarningCount == 0);
}
