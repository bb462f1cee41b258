using System.Text;
using PianoSite.Diagnostics;
using PianoSite.Load;

namespace PianoSite.Tests.Load;

public sealed class SourceReaderTests
{
    private static SourceFile? Decode(byte[] bytes, DiagnosticBag diagnostics) =>
        SourceReader.Decode("content/piano.yml", bytes, diagnostics);

    private static byte[] Bytes(params object[] parts) => parts
        .SelectMany(p => p switch
        {
            string s => Encoding.UTF8.GetBytes(s),
            byte b => [b],
            byte[] bs => bs,
            _ => throw new ArgumentException("string, byte or byte[]", nameof(parts)),
        })
        .ToArray();

    [Fact]
    public void A_byte_order_mark_is_accepted_and_dropped()
    {
        var diagnostics = new DiagnosticBag();

        var file = Decode(Bytes(new byte[] { 0xEF, 0xBB, 0xBF }, "title: Piano\n"), diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal("title: Piano\n", file!.Text);
    }

    [Fact]
    public void Windows_line_ends_become_plain_line_feeds()
    {
        var diagnostics = new DiagnosticBag();

        var file = Decode(Bytes("title: Piano\r\nissuer: Ente\r\n"), diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal("title: Piano\nissuer: Ente\n", file!.Text);
    }

    [Fact]
    public void Italian_letters_in_UTF8_are_read_as_they_are()
    {
        var diagnostics = new DiagnosticBag();

        var file = Decode(Bytes("title: Città – «qualità» 2025–2027\n"), diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal("title: Città – «qualità» 2025–2027\n", file!.Text);
    }

    [Fact]
    public void A_Latin1_letter_in_a_UTF8_file_is_reported_at_its_line_and_column()
    {
        var diagnostics = new DiagnosticBag();

        // "perché " is seven characters: the stray Latin-1 "è" (0xE8) is the eighth.
        var file = Decode(Bytes("riga uno\nriga due\nperché ", (byte)0xE8, " qui\n"), diagnostics);

        Assert.Null(file);
        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal(Codes.InvalidUtf8, diagnostic.Code);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(new SourceSpan("content/piano.yml", 3, 8), diagnostic.Span);
    }

    [Fact]
    public void The_position_of_an_invalid_byte_does_not_count_the_byte_order_mark()
    {
        var diagnostics = new DiagnosticBag();

        Decode(Bytes(new byte[] { 0xEF, 0xBB, 0xBF }, "ab", (byte)0xFF), diagnostics);

        Assert.Equal(new SourceSpan("content/piano.yml", 1, 3), Assert.Single(diagnostics.Items).Span);
    }

    [Fact]
    public void The_position_of_an_invalid_byte_counts_CRLF_as_one_line_end()
    {
        var diagnostics = new DiagnosticBag();

        Decode(Bytes("a: 1\r\nb: ", (byte)0xC0, (byte)0xAF, "\r\n"), diagnostics);

        Assert.Equal(new SourceSpan("content/piano.yml", 2, 4), Assert.Single(diagnostics.Items).Span);
    }

    [Fact]
    public void A_multibyte_character_cut_off_at_the_end_of_the_file_is_invalid()
    {
        var diagnostics = new DiagnosticBag();

        Decode(Bytes("abc", (byte)0xC3), diagnostics);

        Assert.Equal(new SourceSpan("content/piano.yml", 1, 4), Assert.Single(diagnostics.Items).Span);
    }
}
