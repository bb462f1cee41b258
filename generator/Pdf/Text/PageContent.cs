using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace PianoSite.Pdf.Text;

/// <summary>
/// A page's content streams, read as the one stream they are logically (ISO 32000-1, 7.8.2), and written back
/// as one compressed stream.
/// </summary>
public static class PageContent
{
    public static byte[] Read(PdfPage page)
    {
        var streams = Streams(page);
        return streams.Count switch
        {
            0 => [],
            1 => streams[0].Stream.UnfilteredValue,
            _ => [.. streams.SelectMany(s => s.Stream.UnfilteredValue.Append((byte)'\n'))],
        };
    }

    /// <summary>Replaces the page's content with <paramref name="content"/>, in its first stream.</summary>
    public static void Write(PdfPage page, byte[] content)
    {
        var streams = Streams(page);
        var first = streams[0];
        first.Elements.Remove("/Filter");
        first.Elements.Remove("/DecodeParms");
        first.Stream.Value = content;
        first.Stream.Zip();
        if (streams.Count > 1)
        {
            page.Elements["/Contents"] = first.Reference!;
        }
    }

    private static List<PdfDictionary> Streams(PdfPage page) => page.Elements["/Contents"] switch
    {
        PdfReference { Value: PdfDictionary { Stream: not null } single } => [single],
        PdfReference { Value: PdfArray array } => Of(array),
        PdfArray array => Of(array),
        _ => [],
    };

    private static List<PdfDictionary> Of(PdfArray array) =>
        [.. array.Elements.Select(e => e is PdfReference r ? r.Value : e).OfType<PdfDictionary>().Where(d => d.Stream is not null)];
}
