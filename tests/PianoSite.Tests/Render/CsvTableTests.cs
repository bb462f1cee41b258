using System.Text;
using PianoSite.Render.OpenData;

namespace PianoSite.Tests.Render;

/// <summary>RFC 4180: comma separator, CRLF records, fields with , " CR or LF quoted and quotes doubled, no BOM.</summary>
public sealed class CsvTableTests
{
    private static string Csv(params string[][] rows)
    {
        var table = new CsvTable(["a", "b"]);
        foreach (var row in rows)
        {
            table.Add(row);
        }
        return Encoding.UTF8.GetString(table.ToUtf8().Span);
    }

    [Fact]
    public void Plain_fields_are_written_as_they_are_with_CRLF_after_every_record() =>
        Assert.Equal("a,b\r\nM1,Testo semplice\r\n", Csv(["M1", "Testo semplice"]));

    [Fact]
    public void A_field_with_a_comma_is_quoted() =>
        Assert.Equal("a,b\r\n1,\"Scuole, ospedali e strade\"\r\n", Csv(["1", "Scuole, ospedali e strade"]));

    [Fact]
    public void A_field_with_quotes_is_quoted_and_its_quotes_doubled() =>
        Assert.Equal("a,b\r\n1,\"reti di \"\"acque tecniche\"\"\"\r\n", Csv(["1", "reti di \"acque tecniche\""]));

    [Theory]
    [InlineData("prima riga\nseconda riga")]
    [InlineData("prima riga\r\nseconda riga")]
    [InlineData("solo\rritorno")]
    public void A_field_with_a_line_break_is_quoted_and_the_break_kept(string text) =>
        Assert.Equal($"a,b\r\n1,\"{text}\"\r\n", Csv(["1", text]));

    [Fact]
    public void Empty_fields_and_fields_with_semicolons_or_apostrophes_stay_unquoted() =>
        Assert.Equal("a,b\r\n,M1C1;M2C2\r\nl'acqua,\r\n", Csv(["", "M1C1;M2C2"], ["l'acqua", ""]));

    [Fact]
    public void Leading_and_trailing_spaces_are_kept() =>
        Assert.Equal("a,b\r\n x , y\r\n", Csv([" x ", " y"]));

    [Fact]
    public void The_header_is_quoted_by_the_same_rules()
    {
        var table = new CsvTable(["id", "testo, completo"]);

        Assert.Equal("id,\"testo, completo\"\r\n", Encoding.UTF8.GetString(table.ToUtf8().Span));
    }

    [Fact]
    public void The_bytes_are_UTF8_without_byte_order_mark()
    {
        var table = new CsvTable(["città"]);

        var bytes = table.ToUtf8().ToArray();

        Assert.Equal("città\r\n"u8.ToArray(), bytes);
    }

    [Fact]
    public void A_large_table_is_the_UTF8_of_its_text_whatever_letters_fall_between_its_pieces()
    {
        // The table is encoded piece by piece: a letter of two to four bytes, or a surrogate pair, may be cut
        // between two pieces; the odd lengths move the letters across every boundary.
        var table = new CsvTable(["testo"]);
        var expected = new StringBuilder("testo\r\n");
        for (var i = 0; i < 3000; i++)
        {
            var field = new string('a', i % 7) + "città ☃ 😀" + new string('b', i % 5);
            table.Add([field]);
            expected.Append(field).Append("\r\n");
        }

        Assert.Equal(Encoding.UTF8.GetBytes(expected.ToString()), table.ToUtf8().ToArray());
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_fields_is_a_programming_error()
    {
        var table = new CsvTable(["a", "b"]);

        Assert.Throws<ArgumentException>(() => table.Add(["solo uno"]));
    }

    [Fact]
    public void A_quoted_table_reads_back_to_the_same_fields()
    {
        string[] fields = ["a,b", "\"c\"", "d\ne", "f"];
        var table = new CsvTable(["1", "2", "3", "4"]);
        table.Add(fields);

        var records = ReadRecords(Encoding.UTF8.GetString(table.ToUtf8().Span));

        Assert.Equal(fields, records[1]);
    }

    /// <summary>A minimal RFC 4180 reader, independent of the writer, to check the round trip.</summary>
    private static List<string[]> ReadRecords(string csv)
    {
        var records = new List<string[]>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add([.. record]);
                record.Clear();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }
        return records;
    }
}
