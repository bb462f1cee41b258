using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace PianoSite.Pdf;

/// <summary>
/// Two byte-level edits of a finished PDF with a classic cross-reference table (what PDFsharp writes):
/// replacing one indirect object — PDFsharp 6.5 regenerates the XMP metadata on every save, with random
/// document UUIDs and without language or PDF/UA identification, and offers no way to supply one's own — and
/// stamping the document /ID with a hash of the file's own content, so that equal content gives an equal ID.
/// </summary>
public static partial class PdfFileRewriter
{
    /// <summary>The /ID the finisher asks PDFsharp to write: 16 zero bytes, replaced by <see cref="StampDocumentId"/>.</summary>
    public static string IdPlaceholder { get; } = new('\0', 16);

    private static readonly string PlaceholderHex = new('0', 32);

    /// <summary>Replaces object <paramref name="objectNumber"/> with one holding <paramref name="dictionary"/> and a stream.</summary>
    public static byte[] ReplaceStreamObject(byte[] pdf, int objectNumber, string dictionary, byte[] stream)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var startXrefAt = text.LastIndexOf("startxref", StringComparison.Ordinal);
        var xrefAt = startXrefAt < 0 ? -1 : ParseNumber(text, startXrefAt + "startxref".Length);
        if (xrefAt < 0 || string.CompareOrdinal(text, xrefAt, "xref", 0, 4) != 0)
        {
            throw new InvalidDataException("il PDF non ha una tabella dei riferimenti incrociati classica");
        }
        var trailerAt = text.IndexOf("trailer", xrefAt, StringComparison.Ordinal);
        var entries = XrefEntries(text, xrefAt, trailerAt);
        if (!entries.TryGetValue(objectNumber, out var entry))
        {
            throw new InvalidDataException($"l'oggetto {objectNumber} non è nella tabella dei riferimenti incrociati");
        }
        var objectStart = entry.Offset;
        var header = ObjectHeader().Match(text, objectStart);
        if (!header.Success || header.Groups[1].Value != objectNumber.ToString(CultureInfo.InvariantCulture))
        {
            throw new InvalidDataException($"l'oggetto {objectNumber} non si trova dove indica la tabella");
        }
        var objectEnd = text.IndexOf("endobj", objectStart, StringComparison.Ordinal) + "endobj".Length;

        var replacement = new MemoryStream();
        replacement.Write(Encoding.Latin1.GetBytes($"{header.Value}\n{dictionary}\nstream\n"));
        replacement.Write(stream);
        replacement.Write("\nendstream\nendobj"u8);
        var delta = (int)replacement.Length - (objectEnd - objectStart);

        var output = new MemoryStream(pdf.Length + delta + 16);
        output.Write(pdf, 0, objectStart);
        replacement.WriteTo(output);
        var tail = new StringBuilder(Encoding.Latin1.GetString(pdf, objectEnd, startXrefAt - objectEnd));
        foreach (var e in entries.Values.Where(e => e.Offset > objectStart))
        {
            // Offsets are fixed-width (10 digits), so the table keeps its length.
            var at = e.EntryAt - objectEnd;
            tail.Remove(at, 10).Insert(at, (e.Offset + delta).ToString("D10", CultureInfo.InvariantCulture));
        }
        output.Write(Encoding.Latin1.GetBytes(tail.ToString()));
        output.Write(Encoding.Latin1.GetBytes($"startxref\n{(xrefAt + delta).ToString(CultureInfo.InvariantCulture)}\n%%EOF\n"));
        return output.ToArray();
    }

    /// <summary>Replaces the placeholder /ID with the first 16 bytes of the SHA-256 of the file as it is.</summary>
    public static byte[] StampDocumentId(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var placeholder = $"<{PlaceholderHex}><{PlaceholderHex}>";
        var at = text.LastIndexOf(placeholder, StringComparison.Ordinal);
        if (at < text.LastIndexOf("trailer", StringComparison.Ordinal))
        {
            throw new InvalidDataException("il trailer del PDF non contiene l'identificativo provvisorio da sostituire");
        }
        var id = Convert.ToHexString(SHA256.HashData(pdf).AsSpan(0, 16));
        var stamped = (byte[])pdf.Clone();
        Encoding.ASCII.GetBytes($"<{id}><{id}>").CopyTo(stamped, at);
        return stamped;
    }

    private sealed record XrefEntry(int EntryAt, int Offset);

    private static Dictionary<int, XrefEntry> XrefEntries(string text, int xrefAt, int trailerAt)
    {
        var entries = new Dictionary<int, XrefEntry>();
        var section = XrefSubsection().Match(text, xrefAt + 4, trailerAt - xrefAt - 4);
        while (section.Success)
        {
            var first = int.Parse(section.Groups[1].Value, CultureInfo.InvariantCulture);
            var count = int.Parse(section.Groups[2].Value, CultureInfo.InvariantCulture);
            var at = section.Index + section.Length;
            for (var i = 0; i < count; i++)
            {
                var entry = XrefLine().Match(text, at);
                if (!entry.Success || entry.Index != at)
                {
                    throw new InvalidDataException("tabella dei riferimenti incrociati illeggibile");
                }
                if (entry.Groups[3].Value == "n")
                {
                    entries[first + i] = new XrefEntry(entry.Index, int.Parse(entry.Groups[1].Value, CultureInfo.InvariantCulture));
                }
                at += entry.Length;
            }
            section = XrefSubsection().Match(text, at, trailerAt - at);
        }
        return entries;
    }

    private static int ParseNumber(string text, int at)
    {
        var match = Number().Match(text, at);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : -1;
    }

    [GeneratedRegex(@"\G\s*(\d+)")]
    private static partial Regex Number();

    [GeneratedRegex(@"\G\s*(\d+) (\d+)\s*?\r?\n")]
    private static partial Regex XrefSubsection();

    [GeneratedRegex(@"\G(\d{10}) (\d{5}) ([nf])[ \r\n]{2}")]
    private static partial Regex XrefLine();

    [GeneratedRegex(@"\G(\d+) (\d+) obj")]
    private static partial Regex ObjectHeader();
}
