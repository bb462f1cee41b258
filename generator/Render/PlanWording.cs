using PianoSite.Model;

namespace PianoSite.Render;

/// <summary>
/// The plan's own words that the website and the print edition both write around the content: quoted as the plan
/// prints them (seed 001), never paraphrased, so the two editions label the same thing the same way.
/// </summary>
public static class PlanWording
{
    /// <summary>The plan's heading of the PNRR components × actors table.</summary>
    public const string ComponentsHeading = "Campo d'azione degli attori metropolitani e missioni del PNRR";

    /// <summary>A mission's row in the vision matrix: its number and the matrix's label for it (<see cref="Mission.VisionLabel"/>), not its heading.</summary>
    public static string VisionRowLabel(Mission mission) => $"Missione {mission.Number}. {mission.VisionLabel}";
}
