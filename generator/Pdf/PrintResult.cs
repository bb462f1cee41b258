namespace PianoSite.Pdf;

/// <summary>One printing: the PDF bytes, and the web fonts that could not be loaded.</summary>
public sealed record PrintResult(byte[] Pdf, IReadOnlyList<string> FailedFonts);
