using PdfSharp.Pdf;

namespace PianoSite.Pdf.Text;

/// <summary>
/// The advance of each character code of a font, in thousandths of the font size (ISO 32000-1, 9.6.2 /Widths of
/// a simple font; 9.7.4.3 /W and /DW of the CIDFont of a composite font): where a shown string ends.
/// </summary>
public sealed class GlyphWidths
{
    private readonly Dictionary<int, double> widths = [];
    private readonly double missing;

    private GlyphWidths(double missing) => this.missing = missing;

    public double Of(int code) => widths.TryGetValue(code, out var width) ? width : missing;

    public static GlyphWidths Read(PdfDictionary font)
    {
        if (font.Elements.GetName("/Subtype") == "/Type0"
            && font.Elements.GetArray("/DescendantFonts")?.Elements.FirstOrDefault() is { } first
            && (first is PdfSharp.Pdf.Advanced.PdfReference r ? r.Value : first) is PdfDictionary cidFont)
        {
            var composite = new GlyphWidths(cidFont.Elements.ContainsKey("/DW") ? cidFont.Elements.GetReal("/DW") : 1000);
            var w = cidFont.Elements.GetArray("/W")?.Elements.Select(e => e is PdfSharp.Pdf.Advanced.PdfReference x ? x.Value : e).ToList() ?? [];
            for (var i = 0; i + 1 < w.Count;)
            {
                var start = (int)Number(w[i]);
                if (w[i + 1] is PdfArray list)
                {
                    // c [w1 w2 …]: consecutive codes from c.
                    for (var k = 0; k < list.Elements.Count; k++)
                    {
                        composite.widths[start + k] = Number(list.Elements[k]);
                    }
                    i += 2;
                }
                else if (i + 2 < w.Count)
                {
                    // cfirst clast w: one width for a range.
                    for (var code = start; code <= (int)Number(w[i + 1]); code++)
                    {
                        composite.widths[code] = Number(w[i + 2]);
                    }
                    i += 3;
                }
                else
                {
                    break;
                }
            }
            return composite;
        }
        var simple = new GlyphWidths(0);
        var firstChar = font.Elements.GetInteger("/FirstChar");
        var array = font.Elements.GetArray("/Widths");
        for (var k = 0; array is not null && k < array.Elements.Count; k++)
        {
            simple.widths[firstChar + k] = Number(array.Elements[k]);
        }
        return simple;
    }

    private static double Number(PdfItem item) => item switch
    {
        PdfInteger i => i.Value,
        PdfReal r => r.Value,
        PdfSharp.Pdf.Advanced.PdfReference reference => reference.Value switch
        {
            PdfIntegerObject i => i.Value,
            PdfRealObject r => r.Value,
            _ => 0,
        },
        _ => 0,
    };
}
