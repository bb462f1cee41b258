using System.Text;

namespace PianoSite.Pdf;

/// <summary>
/// Splits a PDF content stream into operations (operands + operator), keeping byte positions so that a caller
/// can insert operators around them without re-serialising anything. Strings, hex strings, names, arrays,
/// dictionaries, comments and inline images (BI … ID … EI) are skipped as operands (ISO 32000-1, 7.8.2).
/// </summary>
public static class ContentStreamLexer
{
    public static IReadOnlyList<ContentOperation> Read(ReadOnlySpan<byte> content)
    {
        var operations = new List<ContentOperation>();
        var operandStart = -1;
        var i = 0;
        while (i < content.Length)
        {
            var c = content[i];
            if (IsWhite(c))
            {
                i++;
                continue;
            }
            var tokenStart = i;
            switch (c)
            {
                case (byte)'%':
                    while (i < content.Length && content[i] != '\n' && content[i] != '\r')
                    {
                        i++;
                    }
                    continue;
                case (byte)'(':
                    i = SkipString(content, i);
                    break;
                case (byte)'<' when i + 1 < content.Length && content[i + 1] == '<':
                case (byte)'>' when i + 1 < content.Length && content[i + 1] == '>':
                    i += 2;
                    break;
                case (byte)'<':
                    i = content[i..].IndexOf((byte)'>') is var end and >= 0 ? i + end + 1 : content.Length;
                    break;
                case (byte)'[' or (byte)']' or (byte)'{' or (byte)'}':
                    i++;
                    break;
                case (byte)'/':
                    i++;
                    while (i < content.Length && IsRegular(content[i]))
                    {
                        i++;
                    }
                    break;
                default:
                    while (i < content.Length && IsRegular(content[i]))
                    {
                        i++;
                    }
                    if (i == tokenStart)
                    {
                        i++; // a stray delimiter: step over it
                        break;
                    }
                    // Numbers and true/false/null are operands; only operators become strings.
                    if (IsOperand(content[tokenStart..i]))
                    {
                        break;
                    }
                    var word = Encoding.ASCII.GetString(content[tokenStart..i]);
                    var start = operandStart < 0 ? tokenStart : operandStart;
                    if (word == "ID")
                    {
                        i = SkipInlineImageData(content, i);
                    }
                    operations.Add(new ContentOperation(word, start, i));
                    operandStart = -1;
                    continue;
            }
            if (operandStart < 0)
            {
                operandStart = tokenStart;
            }
        }
        return operations;
    }

    private static bool IsOperand(ReadOnlySpan<byte> word) =>
        word[0] is (byte)'+' or (byte)'-' or (byte)'.' or (>= (byte)'0' and <= (byte)'9')
        || word.SequenceEqual("true"u8) || word.SequenceEqual("false"u8) || word.SequenceEqual("null"u8);

    private static int SkipString(ReadOnlySpan<byte> content, int i)
    {
        var depth = 0;
        for (; i < content.Length; i++)
        {
            switch (content[i])
            {
                case (byte)'\\':
                    i++;
                    break;
                case (byte)'(':
                    depth++;
                    break;
                case (byte)')':
                    if (--depth == 0)
                    {
                        return i + 1;
                    }
                    break;
            }
        }
        return content.Length;
    }

    /// <summary>After ID: one white-space byte, then binary data up to a white-space-delimited EI.</summary>
    private static int SkipInlineImageData(ReadOnlySpan<byte> content, int i)
    {
        for (var j = i + 1; j + 1 < content.Length; j++)
        {
            if (content[j] == 'E' && content[j + 1] == 'I' && IsWhite(content[j - 1])
                && (j + 2 == content.Length || IsWhite(content[j + 2]) || !IsRegular(content[j + 2])))
            {
                return j + 2;
            }
        }
        return content.Length;
    }

    private static bool IsWhite(byte c) => c is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsRegular(byte c) => !IsWhite(c) && c is not ((byte)'(' or (byte)')' or (byte)'<' or (byte)'>'
        or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%');
}
