using System.Globalization;
using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using PianoSite.Pdf;

namespace PianoSite.Tests.Pdf.Conformance;

/// <summary>
/// Fixture PDFs made in the test, not committed: a good PDF opened with PDFsharp, one thing broken, saved again.
/// PDFsharp writes its own XMP packet when it saves; the good file's packet (or a broken one) is put back after.
/// </summary>
public static class BrokenPdf
{
    public static byte[] Make(byte[] good, Action<PdfDocument> breakIt, Func<string, string>? xmp = null)
    {
        string packet;
        using (var original = PdfReader.Open(new MemoryStream(good, writable: false), PdfDocumentOpenMode.Import))
        {
            packet = Encoding.UTF8.GetString(original.Internals.Catalog.Elements.GetDictionary("/Metadata")!.Stream.UnfilteredValue);
        }
        byte[] saved;
        using (var document = PdfReader.Open(new MemoryStream(good, writable: false), PdfDocumentOpenMode.Modify))
        {
            breakIt(document);
            using var output = new MemoryStream();
            document.Save(output, closeStream: false);
            saved = output.ToArray();
        }
        int metadata;
        using (var written = PdfReader.Open(new MemoryStream(saved, writable: false), PdfDocumentOpenMode.Import))
        {
            metadata = written.Internals.Catalog.Elements.GetReference("/Metadata")!.ObjectNumber;
        }
        var bytes = new UTF8Encoding(false).GetBytes(xmp is null ? packet : xmp(packet));
        return PdfFileRewriter.ReplaceStreamObject(saved, metadata,
            $"<</Type/Metadata/Subtype/XML/Length {bytes.Length.ToString(CultureInfo.InvariantCulture)}>>", bytes);
    }
}
