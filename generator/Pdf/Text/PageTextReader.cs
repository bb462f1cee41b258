using PdfSharp.Pdf;

namespace PianoSite.Pdf.Text;

/// <summary>
/// Reads the text a page shows, operation by operation, keeping the part of the graphics and text state that
/// tells where a line lies (ISO 32000-1, 8.4.4 and 9.4.2: the current transformation matrix, the text line
/// matrix, the leading, the font) and the marked content that encloses it (14.6).
/// </summary>
public sealed class PageTextReader
{
    private readonly Dictionary<PdfDictionary, ToUnicodeMap?> maps = new(ReferenceEqualityComparer.Instance);

    public IReadOnlyList<TextShow> Read(PdfPage page, byte[] content)
    {
        var fonts = page.Elements.GetDictionary("/Resources")?.Elements.GetDictionary("/Font");
        var shows = new List<TextShow>();
        var ctm = Matrix.Identity;
        var saved = new Stack<Matrix>();
        var line = Matrix.Identity;
        var leading = 0.0;
        var font = string.Empty;
        ToUnicodeMap? map = null;
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
                    line = Matrix.Identity;
                    break;
                case "Tf" when ContentOperands.Read(content, op) is [string name, double fontSize]:
                    font = name;
                    size = fontSize;
                    map = fonts?.Elements.GetDictionary(name) is { } dictionary ? Map(dictionary) : null;
                    break;
                case "TL" when Numbers(content, op) is [var tl]:
                    leading = tl;
                    break;
                case "Tm" when Numbers(content, op) is [var a, var b, var c, var d, var e, var f]:
                    line = new Matrix(a, b, c, d, e, f);
                    break;
                case "Td" or "TD" when Numbers(content, op) is [var tx, var ty]:
                    line = new Matrix(1, 0, 0, 1, tx, ty).Times(line);
                    leading = op.Operator == "TD" ? -ty : leading;
                    break;
                case "T*":
                    line = new Matrix(1, 0, 0, 1, 0, -leading).Times(line);
                    break;
                case "Tj" or "TJ" or "'" or "\"":
                    if (op.Operator is "'" or "\"")
                    {
                        line = new Matrix(1, 0, 0, 1, 0, -leading).Times(line);
                    }
                    var text = string.Concat(ContentOperands.Read(content, op).SelectMany(Strings).Select(s => map?.Decode(s) ?? string.Empty));
                    var user = line.Times(ctm);
                    var scale = Math.Sqrt(user.C * user.C + user.D * user.D);
                    shows.Add(new TextShow(op, text, font, map, user.F, size * scale,
                        marked.FirstOrDefault(m => m.Mcid is not null).Mcid, marked.Any(m => m.Artifact)));
                    break;
                case "BMC" or "BDC":
                    var operands = ContentOperands.Read(content, op);
                    var tag = operands.FirstOrDefault() as string;
                    var mcid = operands.Skip(1).FirstOrDefault() is Dictionary<string, object> properties
                        && properties.TryGetValue("/MCID", out var value) && value is double number ? (int?)number : null;
                    marked.Push((mcid, tag == "/Artifact"));
                    break;
                case "EMC" when marked.Count > 0:
                    marked.Pop();
                    break;
            }
        }
        return shows;
    }

    private ToUnicodeMap? Map(PdfDictionary font)
    {
        if (!maps.TryGetValue(font, out var map))
        {
            map = ToUnicodeMap.Of(font);
            maps[font] = map;
        }
        return map;
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
