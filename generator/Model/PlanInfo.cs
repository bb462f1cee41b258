using PianoSite.Diagnostics;

namespace PianoSite.Model;

/// <summary>The plan's identity, from content/piano.yml.</summary>
public sealed record PlanInfo(
    string Title,
    string ShortTitle,
    string Issuer,
    string Edition,
    string Language,
    DateOnly Date,
    Licence Licence,
    SourceSpan Span);
