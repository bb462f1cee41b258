namespace PianoSite.Verify;

/// <summary>A place in a page's text, as its tokens give it: 1-based line, and 1-based column in UTF-16 characters.</summary>
public readonly record struct TextPosition(int Line, int Column)
{
    /// <summary>Where this place is in the page's UTF-8 bytes; -1 when the page is shorter.</summary>
    public int ByteOffset(ReadOnlySpan<byte> page)
    {
        var at = 0;
        for (var line = 1; line < Line; line++)
        {
            var newline = page[at..].IndexOf((byte)'\n');
            if (newline < 0)
            {
                return -1;
            }
            at += newline + 1;
        }
        for (var column = 1; column < Column; at += SequenceLength(page[at]))
        {
            if (at >= page.Length)
            {
                return -1;
            }
            column += SequenceLength(page[at]) == 4 ? 2 : 1;   // four bytes: a surrogate pair
        }
        return at <= page.Length ? at : -1;
    }

    /// <summary>The length of the UTF-8 sequence that starts with <paramref name="lead"/>.</summary>
    private static int SequenceLength(byte lead) => lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}
