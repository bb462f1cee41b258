using System.Globalization;
using System.Text;

namespace PianoSite.Pdf.Text;

/// <summary>
/// The operands of one content-stream operation (<see cref="ContentOperation"/>), parsed into plain values:
/// <see cref="double"/> for numbers, <see cref="string"/> for names (with their slash), <see cref="byte"/>[] for
/// literal and hex strings, lists for arrays and dictionaries of the same for dictionaries (ISO 32000-1, 7.3).
/// </summary>
public static class ContentOperands
{
    public static List<object> Read(ReadOnlySpan<byte> content, ContentOperation operation)
    {
        var operands = content[operation.Start..operation.End];
        // The operator is the last word: leave it out.
        var end = operands.Length - operation.Operator.Length;
        var at = 0;
        var values = new List<object>();
        while (Next(operands[..end], ref at) is { } value)
        {
            values.Add(value);
        }
        return values;
    }

    /// <summary>The MCID of a BDC's inline property list (/Tag &lt;&lt;/MCID n&gt;&gt; BDC), or null.</summary>
    public static int? Mcid(List<object> operands) =>
        operands is [_, Dictionary<string, object> properties, ..] && properties.TryGetValue("/MCID", out var value) && value is double number
            ? (int)number
            : null;

    private static object? Next(ReadOnlySpan<byte> s, ref int i)
    {
        while (i < s.Length && IsWhite(s[i]))
        {
            i++;
        }
        if (i >= s.Length)
        {
            return null;
        }
        switch (s[i])
        {
            case (byte)'/':
                var nameStart = i++;
                while (i < s.Length && IsRegular(s[i]))
                {
                    i++;
                }
                return Encoding.Latin1.GetString(s[nameStart..i]);
            case (byte)'(':
                return Literal(s, ref i);
            case (byte)'<' when i + 1 < s.Length && s[i + 1] == '<':
                i += 2;
                var dictionary = new Dictionary<string, object>(StringComparer.Ordinal);
                while (Next(s, ref i) is { } key and not Close)
                {
                    if (Next(s, ref i) is { } item and not Close && key is string name)
                    {
                        dictionary[name] = item;
                    }
                }
                return dictionary;
            case (byte)'>' when i + 1 < s.Length && s[i + 1] == '>':
                i += 2;
                return Close.Instance;
            case (byte)'<':
                return Hex(s, ref i);
            case (byte)'[':
                i++;
                var array = new List<object>();
                while (Next(s, ref i) is { } element and not Close)
                {
                    array.Add(element);
                }
                return array;
            case (byte)']':
                i++;
                return Close.Instance;
            default:
                var start = i;
                while (i < s.Length && IsRegular(s[i]))
                {
                    i++;
                }
                if (i == start)
                {
                    i++;
                    return Next(s, ref i);
                }
                var word = Encoding.ASCII.GetString(s[start..i]);
                return double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : word;
        }
    }

    private sealed class Close
    {
        public static readonly Close Instance = new();
    }

    private static byte[] Hex(ReadOnlySpan<byte> s, ref int i)
    {
        var digits = new List<int>();
        for (i++; i < s.Length && s[i] != '>'; i++)
        {
            var c = (char)s[i];
            if (char.IsAsciiHexDigit(c))
            {
                digits.Add(Convert.ToInt32(c.ToString(), 16));
            }
        }
        i++;
        if (digits.Count % 2 == 1)
        {
            digits.Add(0);
        }
        var bytes = new byte[digits.Count / 2];
        for (var k = 0; k < bytes.Length; k++)
        {
            bytes[k] = (byte)((digits[2 * k] << 4) | digits[2 * k + 1]);
        }
        return bytes;
    }

    private static byte[] Literal(ReadOnlySpan<byte> s, ref int i)
    {
        var bytes = new List<byte>();
        var depth = 0;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '\\' && i + 1 < s.Length)
            {
                var e = s[++i];
                switch (e)
                {
                    case (byte)'n': bytes.Add(10); break;
                    case (byte)'r': bytes.Add(13); break;
                    case (byte)'t': bytes.Add(9); break;
                    case (byte)'b': bytes.Add(8); break;
                    case (byte)'f': bytes.Add(12); break;
                    case (byte)'\r' or (byte)'\n': break; // a line continuation
                    case >= (byte)'0' and <= (byte)'7':
                        var value = 0;
                        var n = 0;
                        while (n < 3 && i < s.Length && s[i] is >= (byte)'0' and <= (byte)'7')
                        {
                            value = value * 8 + (s[i] - '0');
                            i++;
                            n++;
                        }
                        i--;
                        bytes.Add((byte)value);
                        break;
                    default: bytes.Add(e); break;
                }
                continue;
            }
            if (c == '(' && depth++ == 0)
            {
                continue;
            }
            if (c == ')' && --depth == 0)
            {
                i++;
                break;
            }
            bytes.Add(c);
        }
        return [.. bytes];
    }

    private static bool IsWhite(byte c) => c is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsRegular(byte c) => !IsWhite(c) && c is not ((byte)'(' or (byte)')' or (byte)'<' or (byte)'>'
        or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%');
}
