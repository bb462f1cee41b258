using PdfSharp.Pdf;

namespace PianoSite.Pdf.Text;

/// <summary>
/// Reads the text a page shows, operation by operation, keeping the part of the graphics and text state that
/// tells where a line lies (ISO 32000-1, 8.4.4 and 9.4.2: the current transformation matrix, the text line
/// matrix, the leading, the font) and the marked content that encloses it (14.6).
/// </summary>
public sealed class PageTextReader
{
    private readonly Dictionary<PdfDictionary, (ToUnicodeMap? Map, GlyphWidths Widths)> fontData = new(ReferenceEqualityComparer.Instance);

    public IReadOnlyList<TextShow> Read(PdfPage page, byte[] content)
    {
        var fonts = page.Elements.GetDictionary("/Resources")?.Elements.GetDictionary("/Font");
        var shows = new List<TextShow>();
        var ctm = Matrix.Identity;
        var saved = new Stack<Matrix>();
        var line = Matrix.Identity;
        var text = Matrix.Identity;
        var leading = 0.0;
        var font = string.Empty;
        ToUnicodeMap? map = null;
        GlyphWidths? widths = null;
        var size = 0.0;
        var marked = new Stack<(int? Mcid, bool Artifact)>();
        foreach (var op in ContentStreamLexer.Read(content))
        {
            switch (op.Operator)
            {
                case "q":
                    saved.Push(ctm);
                    break;
                case "Q" when saved.Count > 0:
                    ctm = saved.Pop();
                    break;
                case "cm" when Numbers(content, op) is [var a, var b, var c, var d, var e, var f]:
                    ctm = new Matrix(a, b, c, d, e, f).Times(ctm);
                    break;
                case "BT":
                    line = text = Matrix.Identity;
                    break;
                case "Tf" when ContentOperands.Read(content, op) is [string name, double fontSize]:
                    font = name;
                    size = fontSize;
                    (map, widths) = fonts?.Elements.GetDictionary(name) is { } dictionary ? Font(dictionary) : (null, null);
                    break;
                case "TL" when Numbers(content, op) is [var tl]:
                    leading = tl;
                    break;
                case "Tm" when Numbers(content, op) is [var a, var b, var c, var d, var e, var f]:
                    line = text = new Matrix(a, b, c, d, e, f);
                    break;
                case "Td" or "TD" when Numbers(content, op) is [var tx, var ty]:
                    line = text = new Matrix(1, 0, 0, 1, tx, ty).Times(line);
                    leading = op.Operator == "TD" ? -ty : leading;
                    break;
                case "T*":
                    line = text = new Matrix(1, 0, 0, 1, 0, -leading).Times(line);
                    break;
                case "Tj" or "TJ" or "'" or "\"":
                    if (op.Operator is "'" or "\"")
                    {
                        line = text = new Matrix(1, 0, 0, 1, 0, -leading).Times(line);
                    }
                    var shown = ContentOperands.Read(content, op);
                    var start = text.Times(ctm);
                    text = new Matrix(1, 0, 0, 1, Advance(shown, map, widths, size), 0).Times(text);
                    var end = text.Times(ctm);
                    var scale = Math.Sqrt(start.C * start.C + start.D * start.D);
                    shows.Add(new TextShow(op, string.Concat(shown.SelectMany(Strings).Select(s => map?.Decode(s) ?? string.Empty)),
                        font, map, start.F, size * scale, start.E, end.E,
                        marked.FirstOrDefault(m => m.Mcid is not null).Mcid, marked.Any(m => m.Artifact)));
                    break;
                case "BMC" or "BDC":
                    var operands = ContentOperands.Read(content, op);
                    var tag = operands.FirstOrDefault() as string;
                    var mcid = ContentOperands.Mcid(operands);
                    marked.Push((mcid, tag == "/Artifact"));
                    break;
                case "EMC" when marked.Count > 0:
                    marked.Pop();
                    break;
            }
        }
        return shows;
    }

    private (ToUnicodeMap?, GlyphWidths?) Font(PdfDictionary font)
    {
        if (!fontData.TryGetValue(font, out var data))
        {
            data = (ToUnicodeMap.Of(font), GlyphWidths.Read(font));
            fontData[font] = data;
        }
        return data;
    }

    /// <summary>How far a text-showing operation moves the text matrix: its glyphs' widths, less a TJ array's adjustments.</summary>
    private static double Advance(List<object> operands, ToUnicodeMap? map, GlyphWidths? widths, double size)
    {
        var thousandths = 0.0;
        foreach (var operand in operands)
        {
            foreach (var item in operand is List<object> array ? array : [operand])
            {
                thousandths += item switch
                {
                    byte[] codes when widths is not null => (map?.Codes(codes) ?? codes.Select(b => (int)b)).Sum(widths.Of),
                    double adjustment when operand is List<object> => -adjustment,
                    _ => 0,
                };
            }
        }
        return thousandths / 1000 * size;
    }

    private static double[] Numbers(byte[] content, ContentOperation op) => [.. ContentOperands.Read(content, op).OfType<double>()];

    private static IEnumerable<byte[]> Strings(object operand) => operand switch
    {
        byte[] bytes => [bytes],
        List<object> array => array.OfType<byte[]>(),
        _ => [],
    };

    private readonly record struct Matrix(double A, double B, double C, double D, double E, double F)
    {
        public static Matrix Identity => new(1, 0, 0, 1, 0, 0);

        public Matrix Times(Matrix m) => new(
            A * m.A + B * m.C, A * m.B + B * m.D,
            C * m.A + D * m.C, C * m.B + D * m.D,
            E * m.A + F * m.C + m.E, E * m.B + F * m.D + m.F);
    }
}
