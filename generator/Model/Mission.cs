using System.Collections.Immutable;
using PianoSite.Diagnostics;

namespace PianoSite.Model;

/// <summary>
/// A PNRR mission: code and title from content/pnrr.yml (<see cref="Span"/>), introduction, vision keywords
/// and objectives from content/missioni/mN.yml.
/// </summary>
/// <param name="VisionLabel">
/// the mission's row label in the vision matrix, as the plan prints it there (vision_label: in mN.yml): the matrix
/// names some missions with other words than their headings; the title when the file gives none.
/// </param>
public sealed record Mission(
    string Code,
    string Title,
    Prose Intro,
    ImmutableArray<Located<string>> Keywords,
    string VisionLabel,
    ImmutableArray<Objective> Objectives,
    SourceSpan Span)
{
    /// <summary>The URL segment: m1 … m6.</summary>
    public string Slug => Code.ToLowerInvariant();

    public int Number => int.Parse(Code.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
}
