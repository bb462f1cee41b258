using AngleSharp.Dom;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace PianoSite.Pdf;

/// <summary>
/// PDF/UA-1 (7.18.5) asks every link annotation for a description in /Contents, which Chromium does not write.
/// An internal link gets the name of its target — the heading, or the row header of a table row ("M1.4") — read
/// from the printed page; a web link gets its address.
/// </summary>
public static class LinkDescriptions
{
    /// <summary>Each id of the page with what a reader would call its element.</summary>
    public static IReadOnlyDictionary<string, string> Targets(IDocument page)
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in page.QuerySelectorAll("[id]"))
        {
            var label = element.LocalName == "tr"
                ? element.QuerySelector("th")?.TextContent
                : element.TextContent;
            if (!string.IsNullOrWhiteSpace(label))
            {
                targets.TryAdd(element.Id!, OutlineTitles.Normalise(label));
            }
        }
        return targets;
    }

    /// <returns>how many links were described.</returns>
    public static int Describe(PdfDocument document, IReadOnlyDictionary<string, string> targets)
    {
        var described = 0;
        foreach (var page in document.Pages)
        {
            if (page.Elements.GetArray("/Annots") is not { } annotations)
            {
                continue;
            }
            foreach (var item in annotations.Elements)
            {
                if ((item is PdfReference reference ? reference.Value : item) is not PdfDictionary annotation
                    || annotation.Elements.GetName("/Subtype") != "/Link"
                    || annotation.Elements.ContainsKey("/Contents"))
                {
                    continue;
                }
                var destination = annotation.Elements.GetName("/Dest").TrimStart('/');
                var uri = annotation.Elements.GetDictionary("/A")?.Elements.GetString("/URI");
                var description = destination.Length > 0 && targets.TryGetValue(destination, out var label) ? $"Vai a «{label}»"
                    : !string.IsNullOrEmpty(uri) ? $"Collegamento a {uri}"
                    : "Collegamento";
                annotation.Elements.SetString("/Contents", description);
                described++;
            }
        }
        return described;
    }
}
