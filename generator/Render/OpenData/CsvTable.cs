using System.Text;

namespace PianoSite.Render.OpenData;

/// <summary>An RFC 4180 table: header row, comma separator, CRLF line ends, quotes doubled, UTF-8 without BOM.</summary>
public sealed class CsvTable(IReadOnlyList<string> header)
{
    private readonly StringBuilder text = new StringBuilder().Append(Row(header));

    public void Add(IReadOnlyList<string> fields)
    {
        if (fields.Count != header.Count)
        {
            throw new ArgumentException($"a row has {fields.Count} fields, the header {header.Count}", nameof(fields));
        }
        text.Append(Row(fields));
    }

    public byte[] ToUtf8() => Encoding.UTF8.GetBytes(text.ToString());

    private static string Row(IEnumerable<string> fields) => string.Join(',', fields.Select(Field)) + "\r\n";

    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
