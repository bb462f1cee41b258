using AngleSharp.Dom;
using PdfSharp.Pdf;

namespace PianoSite.Pdf;

/// <summary>
/// Chromium builds each bookmark's title from the painted text of its heading, and gets it wrong in two ways:
/// the spaces at line breaks disappear ("innovazione,competitività") and a heading at the top of a page after a
/// forced break gets its first line repeated in front ("IndiceIndice"; "Missione 1. Digitalizzazione, innovazione,"
/// then the whole heading). The page a bookmark points to is right. This recognises a
/// bookmark's heading despite both faults, and gives every bookmark the heading's real text.
/// </summary>
public static class OutlineTitles
{
    /// <summary>The text of every heading (h1–h6) of a page, in document order, with white space normalised.</summary>
    public static IReadOnlyList<string> Headings(IDocument page) =>
        [.. page.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => Normalise(h.TextContent))];

    /// <summary>Whether a bookmark title printed by Chromium stands for this heading.</summary>
    public static bool Matches(string bookmarkTitle, string heading)
    {
        var title = WithoutSpaces(bookmarkTitle);
        var expected = WithoutSpaces(heading);
        return expected.Length > 0 && title.EndsWith(expected, StringComparison.Ordinal)
            && expected.StartsWith(title[..^expected.Length], StringComparison.Ordinal);
    }

    /// <summary>Sets each bookmark's title to its heading's text; returns how many bookmarks were matched.</summary>
    public static int Repair(PdfDocument document, IReadOnlyList<string> headings)
    {
        var next = 0;
        var repaired = 0;
        void Walk(PdfOutlineCollection outlines)
        {
            foreach (var outline in outlines)
            {
                var found = next;
                while (found < headings.Count && !Matches(outline.Title, headings[found]))
                {
                    found++;
                }
                if (found < headings.Count)
                {
                    outline.Title = headings[found];
                    next = found + 1;
                    repaired++;
                }
                Walk(outline.Outlines);
            }
        }
        Walk(document.Outlines);
        return repaired;
    }

    public static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string WithoutSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
