using System.Buffers;
using System.Text;

namespace PianoSite.Render.OpenData;

/// <summary>An RFC 4180 table: header row, comma separator, CRLF line ends, quotes doubled, UTF-8 without BOM.</summary>
public sealed class CsvTable(IReadOnlyList<string> header)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly StringBuilder text = new StringBuilder().Append(Row(header));

    public void Add(IReadOnlyList<string> fields)
    {
        if (fields.Count != header.Count)
        {
            throw new ArgumentException($"a row has {fields.Count} fields, the header {header.Count}", nameof(fields));
        }
        text.Append(Row(fields));
    }

    /// <summary>The table in UTF-8, encoded piece by piece (no string of the whole table: 9 MB at 10,000 objectives).</summary>
    public ReadOnlyMemory<byte> ToUtf8()
    {
        var bytes = new ArrayBufferWriter<byte>(text.Length + text.Length / 8);
        var encoder = Utf8.GetEncoder();
        foreach (var chunk in text.GetChunks())
        {
            var span = chunk.Span;
            encoder.Convert(span, bytes.GetSpan(Utf8.GetMaxByteCount(span.Length)), flush: false, out _, out var written, out _);
            bytes.Advance(written);
        }
        encoder.Convert([], bytes.GetSpan(Utf8.GetMaxByteCount(0)), flush: true, out _, out var last, out _);
        bytes.Advance(last);
        return bytes.WrittenMemory;
    }

    private static string Row(IEnumerable<string> fields) => string.Join(',', fields.Select(Field)) + "\r\n";

    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
