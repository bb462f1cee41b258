using PdfSharp.Pdf;
using PianoSite.Pdf.Text;

namespace PianoSite.Tests.Pdf.Conformance.Rules;

/// <summary>
/// ISO 14289-1, 7.21.4.1: every font used for rendering is embedded (Matterhorn 31-009; Type 3 fonts draw their
/// own glyphs). 7.21.7: every font maps its codes to Unicode with a ToUnicode CMap (31-027; a simple font with a
/// standard encoding may do without), whose values are never U+0000, U+FEFF or U+FFFE (31-028, 31-029), and
/// every code the pages show has a mapping (10-001, ISO 14289-1 7.2): otherwise a reader cannot tell the words.
/// </summary>
public sealed class FontsAreEmbeddedWithUnicode : IPdfUaRule
{
    public string Reference => "Matterhorn 10-001, 31-009, 31-027, 31-028, 31-029; ISO 14289-1 7.2, 7.21.4.1, 7.21.7";

    public IEnumerable<string> Check(PdfUaDocument pdf)
    {
        var fonts = new Dictionary<PdfDictionary, string>(ReferenceEqualityComparer.Instance);
        var seen = new HashSet<PdfDictionary>(ReferenceEqualityComparer.Instance);
        foreach (var page in pdf.Document.Pages)
        {
            Collect(page.Elements.GetDictionary("/Resources"), fonts, seen);
        }
        foreach (var (font, name) in fonts)
        {
            foreach (var problem in CheckFont(font, name))
            {
                yield return problem;
            }
        }
        var reader = new PageTextReader();
        var number = 0;
        foreach (var page in pdf.Document.Pages)
        {
            number++;
            var unmapped = reader.Read(page, PageContent.Read(page)).FirstOrDefault(s => s.Font is not null && s.Text.Contains('\uFFFD', StringComparison.Ordinal));
            if (unmapped is not null)
            {
                yield return $"page {number}: font {unmapped.FontName} shows a code that its ToUnicode map does not map";
            }
        }
    }

    private static IEnumerable<string> CheckFont(PdfDictionary font, string name)
    {
        var subtype = font.Elements.GetName("/Subtype");
        var described = subtype == "/Type0" && font.Elements.GetArray("/DescendantFonts")?.Elements.FirstOrDefault() is { } descendant
            ? PdfUaDocument.Resolve(descendant) as PdfDictionary ?? font
            : font;
        var descriptor = described.Elements.GetDictionary("/FontDescriptor");
        var embedded = descriptor is not null && (descriptor.Elements.ContainsKey("/FontFile")
            || descriptor.Elements.ContainsKey("/FontFile2") || descriptor.Elements.ContainsKey("/FontFile3"));
        if (subtype != "/Type3" && !embedded)
        {
            yield return $"font {name} is not embedded";
        }
        var standardEncoding = subtype is "/Type1" or "/TrueType"
            && font.Elements.GetName("/Encoding") is "/WinAnsiEncoding" or "/MacRomanEncoding" or "/MacExpertEncoding";
        var map = ToUnicodeMap.Of(font);
        if (map is null && !standardEncoding)
        {
            yield return $"font {name} has no ToUnicode map";
        }
        if (map is not null && map.Texts.Values.Any(t => t.Contains('\0', StringComparison.Ordinal) || t.Contains('\uFEFF', StringComparison.Ordinal) || t.Contains('\uFFFE', StringComparison.Ordinal)))
        {
            yield return $"font {name} maps a code to U+0000, U+FEFF or U+FFFE";
        }
    }

    private static void Collect(PdfDictionary? resources, Dictionary<PdfDictionary, string> fonts, HashSet<PdfDictionary> seen)
    {
        if (resources is null || !seen.Add(resources))
        {
            return;
        }
        if (resources.Elements.GetDictionary("/Font") is { } table)
        {
            foreach (var key in table.Elements.Keys)
            {
                if (table.Elements.GetDictionary(key) is { } font)
                {
                    fonts.TryAdd(font, font.Elements.GetName("/BaseFont") is { Length: > 0 } baseFont ? baseFont.TrimStart('/') : key);
                    Collect(font.Elements.GetDictionary("/Resources"), fonts, seen);
                }
            }
        }
        if (resources.Elements.GetDictionary("/XObject") is { } xobjects)
        {
            foreach (var key in xobjects.Elements.Keys)
            {
                Collect(xobjects.Elements.GetDictionary(key)?.Elements.GetDictionary("/Resources"), fonts, seen);
            }
        }
    }
}
