using System.Collections.Immutable;
using PianoSite.Diagnostics;

namespace PianoSite.Model;

/// <summary>
/// A PNRR mission: code and title from content/pnrr.yml (<see cref="Span"/>), introduction, vision keywords
/// and objectives from content/missioni/mN.yml.
/// </summary>
public sealed record Mission(
    string Code,
    string Title,
    Prose Intro,
    ImmutableArray<Located<string>> Keywords,
    ImmutableArray<Objective> Objectives,
    SourceSpan Span)
{
    /// <summary>The URL segment: m1 … m6.</summary>
    public string Slug => Code.ToLowerInvariant();

    public int Number => int.Parse(Code.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
}
