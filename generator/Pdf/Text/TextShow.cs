namespace PianoSite.Pdf.Text;

/// <summary>
/// One text-showing operation of a page: what it shows, in which font, where its baseline lies (y in the
/// page's default space, growing upwards) and in which marked content (the innermost MCID, and whether an
/// /Artifact sequence encloses it).
/// </summary>
public sealed record TextShow(
    ContentOperation Operation,
    string Text,
    string FontName,
    ToUnicodeMap? Font,
    double BaselineY,
    double FontSize,
    int? Mcid,
    bool InArtifact);
