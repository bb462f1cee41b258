using PianoSite.Diagnostics;

namespace PianoSite.Model;

/// <summary>
/// The plan's identity, from content/piano.yml. Every field is a fact the editors enter and confirm: the editions
/// print them outside the plan's text (cover, colophon, footer, metadata), and nothing here is supplied by the generator.
/// </summary>
/// <param name="Adoption">the act that adopts the plan; null until the editors enter it, and then no date is published.</param>
/// <param name="Website">the public address of the website edition, printed in the colophon; null when the editors give none.</param>
public sealed record PlanInfo(
    string Title,
    string ShortTitle,
    string Issuer,
    string Edition,
    string Language,
    AdoptionAct? Adoption,
    string? Website,
    Licence Licence,
    SourceSpan Span);
