namespace PianoSite.Verify;

/// <summary>A place in a page's text, as its tokens give it: 1-based line, and 1-based column in UTF-16 characters.</summary>
public readonly record struct TextPosition(int Line, int Column)
{
    /// <summary>
    /// Where places are in the page's UTF-8 bytes, read in one pass from the page's start: <paramref name="places"/>
    /// in the order they come in the page. False when one is not in the page, or comes before the one before it.
    /// </summary>
    /// <param name="offsets">receives each place's byte offset, as long as <paramref name="places"/>.</param>
    public static bool ByteOffsets(ReadOnlySpan<byte> page, ReadOnlySpan<TextPosition> places, Span<int> offsets)
    {
        var (line, lineStart) = (1, 0);
        for (var i = 0; i < places.Length; i++)
        {
            var place = places[i];
            if (place.Line < line)
            {
                return false;
            }
            for (; line < place.Line; line++)
            {
                var newline = page[lineStart..].IndexOf((byte)'\n');
                if (newline < 0)
                {
                    return false;
                }
                lineStart += newline + 1;
            }
            var at = lineStart;
            for (var column = 1; column < place.Column; at += SequenceLength(page[at]))
            {
                if (at >= page.Length)
                {
                    return false;
                }
                column += SequenceLength(page[at]) == 4 ? 2 : 1;   // four bytes: a surrogate pair
            }
            if (at > page.Length || i > 0 && at < offsets[i - 1])
            {
                return false;
            }
            offsets[i] = at;
        }
        return true;
    }

    /// <summary>The length of the UTF-8 sequence that starts with <paramref name="lead"/>.</summary>
    private static int SequenceLength(byte lead) => lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}
