namespace PianoSite.Pdf.Text;

/// <summary>
/// One text-showing operation of a page: what it shows, in which font, where its baseline lies and where it
/// starts and ends along it (in the page's default space) and in which marked content (the innermost MCID, and whether an
/// /Artifact sequence encloses it).
/// </summary>
public sealed record TextShow(
    ContentOperation Operation,
    string Text,
    string FontName,
    ToUnicodeMap? Font,
    double BaselineY,
    double FontSize,
    double StartX,
    double EndX,
    int? Mcid,
    bool InArtifact);
