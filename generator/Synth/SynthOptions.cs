namespace PianoSite.Synth;

/// <summary>What the synth verb is asked to write.</summary>
/// <param name="Objectives">how many objectives the plan has, spread over as many missions as needed.</param>
/// <param name="Drivers">how many agenda drivers (1–99: the driver file names start with two digits).</param>
/// <param name="Seed">the same seed always gives the same plan, byte for byte.</param>
public sealed record SynthOptions(int Objectives, int Drivers, long Seed)
{
    public const int MaxObjectives = 500_000;
    public const int MaxDrivers = 99;
    public const int MaxMissions = 99;

    /// <summary>The real plan has ten drivers for 75 objectives; larger plans get more, up to 99.</summary>
    public static int DefaultDrivers(int objectives) => Math.Clamp(objectives / 100, Math.Min(10, objectives), MaxDrivers);

    /// <summary>About 170 objectives per mission (the real plan: 75 over six), at least six missions, at most 99.</summary>
    public int Missions => Math.Clamp((Objectives + 169) / 170, Math.Min(6, Objectives), MaxMissions);
}
