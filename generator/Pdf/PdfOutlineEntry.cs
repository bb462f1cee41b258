namespace PianoSite.Pdf;

/// <summary>One bookmark of a PDF: its title, its depth (0 = top level) and the 1-based page it points to.</summary>
public sealed record PdfOutlineEntry(string Title, int Depth, int Page);
