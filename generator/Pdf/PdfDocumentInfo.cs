namespace PianoSite.Pdf;

/// <summary>What the finished PDF says about itself: document information, XMP metadata and language.</summary>
/// <param name="Language">BCP 47 tag for /Lang and dc:language ("it-IT").</param>
/// <param name="Timestamp">
/// the creation and modification date (Load.SourceDate: SOURCE_DATE_EPOCH or the last commit of content/, never the
/// clock), or null: then the PDF has no date at all. It is not the plan's date, which only the adopting act gives.
/// </param>
public sealed record PdfDocumentInfo(
    string Title,
    string Author,
    string Subject,
    string Keywords,
    string Language,
    DateTimeOffset? Timestamp,
    string Rights,
    string RightsUrl,
    string Creator);
