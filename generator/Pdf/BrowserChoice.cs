namespace PianoSite.Pdf;

/// <summary>The browser that prints the PDF: an executable, or a Playwright channel ("msedge" on Windows).</summary>
/// <param name="Description">how the browser was chosen, for messages ("/usr/bin/chromium", "Microsoft Edge").</param>
public sealed record BrowserChoice(string? ExecutablePath, string? Channel, string Description);
