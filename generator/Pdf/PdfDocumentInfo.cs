namespace PianoSite.Pdf;

/// <summary>What the finished PDF says about itself: document information, XMP metadata and language.</summary>
/// <param name="Language">BCP 47 tag for /Lang and dc:language ("it-IT").</param>
/// <param name="Date">the plan's date (piano.yml), used as creation and modification date so builds are reproducible.</param>
public sealed record PdfDocumentInfo(
    string Title,
    string Author,
    string Subject,
    string Keywords,
    string Language,
    DateOnly Date,
    string Rights,
    string RightsUrl,
    string Creator);
