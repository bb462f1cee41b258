using PdfSharp;

namespace PianoSite.Pdf;

/// <summary>
/// PDFsharp 6.5 is published under the AGPL-3.0 (or a commercial licence) and refuses to work until a licence is
/// chosen. PianoSite uses it under the AGPL, which binds anyone who redistributes PianoSite (not the PDFs it makes).
/// The choice is process-wide inside PDFsharp; setting it again is harmless.
/// </summary>
public static class PdfSharpLicence
{
    public static void Accept() => PdfSharpLicense.SetAgplLicense();
}
