namespace PianoSite.Pipeline;

/// <summary>How long one stage took.</summary>
/// <param name="Summed">a stage run once per page on several threads (<see cref="StageTimings.Accumulate{T}"/>): the sum over its runs, not a wall time.</param>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, bool Summed = false);
