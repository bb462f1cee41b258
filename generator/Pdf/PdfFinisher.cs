using System.Globalization;
using AngleSharp.Html.Parser;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using PianoSite.Pdf.Tags;
using PianoSite.Pdf.Text;

namespace PianoSite.Pdf;

/// <summary>
/// Finishes the PDF Chromium printed: what a viewer and assistive technology need (language, title in the title
/// bar, bookmarks panel open, artifacts marked), the document information and XMP metadata, and reproducibility —
/// dates from the content's source date (or none) rather than the clock, structure ids independent of Chromium's
/// run, and an /ID derived from the content. Two builds of the same plan with the same browser give byte-identical files.
/// </summary>
public static class PdfFinisher
{
    /// <param name="printedHtml">the page Chromium printed: its headings give the bookmarks their true titles, its ids the links their descriptions.</param>
    public static byte[] Finish(byte[] printed, PdfDocumentInfo info, string printedHtml)
    {
        byte[] saved;
        using (var input = new MemoryStream(printed, writable: false))
        using (var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify))
        {
            StructureIds.Normalise(document);
            ArtifactMarker.Mark(document);
            LineBreakSpaces.Insert(document);
            using var page = new HtmlParser().ParseDocument(printedHtml);
            Repair(document, page);
            OutlineTitles.Repair(document, OutlineTitles.Headings(page));
            LinkDescriptions.Describe(document, LinkDescriptions.Targets(page));

            var catalog = document.Internals.Catalog;
            catalog.Elements.SetString("/Lang", info.Language);
            // Chromium writes /ViewerPreferences as a direct dictionary, which PDFsharp's typed accessor cannot read.
            var preferences = catalog.Elements.GetDictionary("/ViewerPreferences") ?? new PdfDictionary(document);
            preferences.Elements.SetBoolean("/DisplayDocTitle", true);
            catalog.Elements["/ViewerPreferences"] = preferences;
            catalog.Elements.SetName("/PageMode", "/UseOutlines");   // open the bookmarks panel

            document.Info.Title = info.Title;
            document.Info.Author = info.Author;
            document.Info.Subject = info.Subject;
            document.Info.Keywords = info.Keywords;
            document.Info.Creator = info.Creator;
            // Written as PDF date strings, not DateTime: PDFsharp would add the machine's time-zone offset. Without a
            // timestamp the dates Chromium wrote (the clock's) are removed: the file then says nothing about when.
            if (info.Timestamp is { } timestamp)
            {
                document.Info.Elements.SetString("/CreationDate", PdfDate(timestamp));
                document.Info.Elements.SetString("/ModDate", PdfDate(timestamp));
            }
            else
            {
                document.Info.Elements.Remove("/CreationDate");
                document.Info.Elements.Remove("/ModDate");
            }

            document.Internals.FirstDocumentID = PdfFileRewriter.IdPlaceholder;
            document.Internals.SecondDocumentID = PdfFileRewriter.IdPlaceholder;
            using var output = new MemoryStream();
            document.Save(output, closeStream: false);
            saved = output.ToArray();
        }

        // What PDFsharp wrote: its producer string (the XMP must repeat it) and the object of its own XMP packet.
        string producer;
        int metadataObject;
        using (var written = new MemoryStream(saved, writable: false))
        using (var document = PdfReader.Open(written, PdfDocumentOpenMode.Import))
        {
            producer = document.Info.Producer;
            metadataObject = document.Internals.Catalog.Elements.GetReference("/Metadata")?.ObjectNumber
                ?? throw new InvalidDataException("PDFsharp non ha scritto i metadati XMP");
        }
        var xmp = XmpPacket.Build(info, producer);
        var withXmp = PdfFileRewriter.ReplaceStreamObject(saved, metadataObject,
            $"<</Type/Metadata/Subtype/XML/Length {xmp.Length.ToString(CultureInfo.InvariantCulture)}>>", xmp);
        return PdfFileRewriter.StampDocumentId(withXmp);
    }

    /// <summary>
    /// What PDF/UA-1 asks of the structure tree and Chromium does not give, one named repair per rule (each cites
    /// its clause). The tests' PDF/UA checker (tests/PianoSite.Tests/Pdf/Conformance) verifies the result.
    /// </summary>
    private static void Repair(PdfDocument document, AngleSharp.Dom.IDocument page)
    {
        var tree = StructureTree.Read(document) ?? throw new InvalidDataException("il PDF stampato non ha la struttura dei tag");
        RoleMapRepair.Repair(tree);
        ListBodyRepair.Repair(tree);
        EmptyCellRepair.Repair(tree);
        RepeatedHeaderRepair.Repair(document, tree);
        MarkCellRepair.Repair(tree, MarkCellRepair.Marks(page));
        // The structure and /Tabs are of ISO 32000-1 (PDF 1.7), on which PDF/UA-1 is built; Chromium's header says 1.4.
        document.Version = Math.Max(document.Version, 17);
    }

    private static string PdfDate(DateTimeOffset timestamp) => "D:" + timestamp.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "Z";
}
