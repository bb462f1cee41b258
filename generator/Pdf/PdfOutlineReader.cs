using System.Collections.Immutable;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace PianoSite.Pdf;

/// <summary>Reads the outline (bookmarks) of a PDF with PDFsharp: each entry's title and the page it points to.</summary>
public static class PdfOutlineReader
{
    public static IReadOnlyList<PdfOutlineEntry> Read(byte[] pdf)
    {
        using var stream = new MemoryStream(pdf, writable: false);
        using var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
        var pageNumbers = new Dictionary<PdfPage, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < document.Pages.Count; i++)
        {
            pageNumbers[document.Pages[i]] = i + 1;
        }
        var entries = ImmutableArray.CreateBuilder<PdfOutlineEntry>();
        void Walk(PdfOutlineCollection outlines, int depth)
        {
            foreach (var outline in outlines)
            {
                var page = outline.DestinationPage is { } target && pageNumbers.TryGetValue(target, out var number) ? number : 0;
                entries.Add(new PdfOutlineEntry(outline.Title, depth, page));
                Walk(outline.Outlines, depth + 1);
            }
        }
        Walk(document.Outlines, 0);
        return entries.ToImmutable();
    }
}
