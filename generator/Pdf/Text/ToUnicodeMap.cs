using System.Globalization;
using System.Text;
using PdfSharp.Pdf;

namespace PianoSite.Pdf.Text;

/// <summary>
/// A font's ToUnicode CMap (ISO 32000-1, 9.10.3): which text each character code stands for. Reads the
/// codespace ranges (how many bytes a code takes) and the bfchar and bfrange mappings, which is all that
/// Chromium's and PDFsharp's CMaps use.
/// </summary>
public sealed class ToUnicodeMap
{
    private readonly Dictionary<int, string> texts;

    private ToUnicodeMap(Dictionary<int, string> texts, int codeLength)
    {
        this.texts = texts;
        CodeLength = codeLength;
    }

    /// <summary>Bytes per character code (2 for Chromium's Identity-H fonts).</summary>
    public int CodeLength { get; }

    /// <summary>Every code with its text.</summary>
    public IReadOnlyDictionary<int, string> Texts => texts;

    /// <summary>The map of a font dictionary; null when it has none.</summary>
    public static ToUnicodeMap? Of(PdfDictionary font) =>
        font.Elements.GetDictionary("/ToUnicode") is { Stream: not null } stream ? Parse(stream.Stream.UnfilteredValue) : null;

    public static ToUnicodeMap Parse(byte[] cmap)
    {
        var tokens = Tokens(Encoding.Latin1.GetString(cmap));
        var texts = new Dictionary<int, string>();
        var codeLength = 1;
        for (var i = 0; i < tokens.Count; i++)
        {
            switch (tokens[i])
            {
                case "begincodespacerange" when i + 1 < tokens.Count:
                    codeLength = Math.Max(1, (tokens[i + 1].Length - 2) / 2);
                    break;
                case "beginbfchar":
                    for (i++; i + 1 < tokens.Count && tokens[i] != "endbfchar"; i += 2)
                    {
                        texts[Code(tokens[i])] = Utf16(tokens[i + 1]);
                    }
                    break;
                case "beginbfrange":
                    for (i++; i + 2 < tokens.Count && tokens[i] != "endbfrange"; i += 3)
                    {
                        var low = Code(tokens[i]);
                        var high = Code(tokens[i + 1]);
                        if (tokens[i + 2] == "[")
                        {
                            // One destination per code: <lo> <hi> [<d1> <d2> …]
                            var j = i + 3;
                            for (var code = low; code <= high && tokens[j] != "]"; code++, j++)
                            {
                                texts[code] = Utf16(tokens[j]);
                            }
                            while (tokens[j] != "]")
                            {
                                j++;
                            }
                            i = j - 2;
                            continue;
                        }
                        var start = Utf16(tokens[i + 2]);
                        for (var code = low; code <= high; code++)
                        {
                            // The last UTF-16 unit of the destination is incremented across the range.
                            texts[code] = start[..^1] + (char)(start[^1] + (code - low));
                        }
                    }
                    break;
            }
        }
        return new ToUnicodeMap(texts, codeLength);
    }

    /// <summary>The text of a string operand of a text-showing operator.</summary>
    public string Decode(ReadOnlySpan<byte> codes)
    {
        var text = new StringBuilder();
        foreach (var code in Codes(codes))
        {
            text.Append(texts.TryGetValue(code, out var value) ? value : "\uFFFD");
        }
        return text.ToString();
    }

    /// <summary>The character codes of a string operand.</summary>
    public IEnumerable<int> Codes(ReadOnlySpan<byte> bytes)
    {
        var codes = new List<int>(bytes.Length / CodeLength);
        for (var i = 0; i + CodeLength <= bytes.Length; i += CodeLength)
        {
            var code = 0;
            for (var k = 0; k < CodeLength; k++)
            {
                code = (code << 8) | bytes[i + k];
            }
            codes.Add(code);
        }
        return codes;
    }

    /// <summary>The code that shows <paramref name="text"/>, if the font has one.</summary>
    public int? CodeOf(string text)
    {
        foreach (var (code, value) in texts.OrderBy(t => t.Key))
        {
            if (value == text)
            {
                return code;
            }
        }
        return null;
    }

    /// <summary>A code as a hex string operand: &lt;0003&gt;.</summary>
    public string HexString(int code) => "<" + code.ToString(CodeLength == 2 ? "X4" : "X2", CultureInfo.InvariantCulture) + ">";

    private static int Code(string hex) => int.Parse(hex.AsSpan(1, hex.Length - 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static string Utf16(string hex)
    {
        var digits = hex[1..^1];
        var text = new StringBuilder(digits.Length / 4);
        for (var i = 0; i + 4 <= digits.Length; i += 4)
        {
            text.Append((char)int.Parse(digits.AsSpan(i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }

    /// <summary>The CMap's hex strings, brackets and keywords; names, numbers and the PostScript around them are kept as words too.</summary>
    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        for (var i = 0; i < text.Length;)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '%')
            {
                while (i < text.Length && text[i] is not ('\n' or '\r'))
                {
                    i++;
                }
            }
            else if (c == '<' && i + 1 < text.Length && text[i + 1] == '<' || c == '>' && i + 1 < text.Length && text[i + 1] == '>')
            {
                tokens.Add(text.Substring(i, 2));
                i += 2;
            }
            else if (c == '<')
            {
                var end = text.IndexOf('>', i);
                end = end < 0 ? text.Length - 1 : end;
                tokens.Add("<" + string.Concat(text.AsSpan(i + 1, end - i - 1).ToString().Where(char.IsAsciiHexDigit)) + ">");
                i = end + 1;
            }
            else if (c is '[' or ']')
            {
                tokens.Add(c.ToString());
                i++;
            }
            else if (c == '(')
            {
                var end = text.IndexOf(')', i);
                i = end < 0 ? text.Length : end + 1;
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('<' or '>' or '[' or ']' or '(' or '%'))
                {
                    i++;
                }
                tokens.Add(text[start..Math.Max(i, start + 1)]);
                i = Math.Max(i, start + 1);
            }
        }
        return tokens;
    }
}
