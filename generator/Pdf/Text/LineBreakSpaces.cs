using System.Text;
using PdfSharp.Pdf;

namespace PianoSite.Pdf.Text;

/// <summary>
/// ISO 14289-1, 7.2 asks that text be extractable as it reads; ISO 32000-1, 14.8.2.5 makes word breaks the
/// file's job: a consumer may not guess them from positions. Chromium drops the space where it wraps a line, so
/// text read in structure order — by a screen reader, or copied — glues the last word of a line to the first of
/// the next ("Piano StrategicoTriennale"). This puts the space back: after the last glyph of a tagged line, when
/// the next tagged text starts on another line (or on the next page), it shows the font's own space glyph, which draws nothing; the same
/// where two pieces of tagged text on one line stand apart without a space between them (a contents entry's title
/// and its page number: "Missione 1 …6").
/// No space is added where the line already ends or starts with white space, after a hyphen, a dash or a slash (the
/// line broke inside a word such as "Tematico-Territoriali"), or inside a web address (the colophon's addresses
/// may break anywhere: print.css, word-break: break-all).
/// </summary>
public static class LineBreakSpaces
{
    /// <returns>how many spaces were added, and at how many line ends a font had no space to add.</returns>
    public static (int Added, int Missing) Insert(PdfDocument document)
    {
        var added = 0;
        var missing = 0;
        var reader = new PageTextReader();
        var pages = document.Pages.Cast<PdfPage>().Select(p => (Page: p, Content: PageContent.Read(p), Insertions: new List<(int At, byte[] Bytes)>())).ToList();
        // The previous piece of tagged text, and its page: a paragraph that goes on over a page break is a line break too.
        (TextShow Show, int Page)? previous = null;
        var previousLine = new StringBuilder();
        for (var p = 0; p < pages.Count; p++)
        {
            foreach (var show in reader.Read(pages[p].Page, pages[p].Content))
            {
                if (show.Mcid is null || show.InArtifact || show.Text.Length == 0)
                {
                    continue;
                }
                var newLine = previous is { } before && (before.Page != p || NewLine(before.Show, show));
                if (previous is { } last && (newLine || Apart(last.Show, show)))
                {
                    if (NeedsSpace(previousLine.ToString(), show.Text))
                    {
                        if (last.Show.Font?.CodeOf(" ") is { } space)
                        {
                            pages[last.Page].Insertions.Add((last.Show.Operation.End, Encoding.ASCII.GetBytes($" {last.Show.Font.HexString(space)} Tj")));
                            added++;
                        }
                        else
                        {
                            missing++;
                        }
                    }
                    if (newLine)
                    {
                        previousLine.Clear();
                    }
                }
                previousLine.Append(show.Text);
                previous = (show, p);
            }
        }
        foreach (var (page, content, insertions) in pages.Where(p => p.Insertions.Count > 0))
        {
            PageContent.Write(page, Apply(content, insertions));
        }
        return (added, missing);
    }

    /// <summary>Whether the baselines differ by more than half the larger font size: a line below (or above), not a superscript.</summary>
    public static bool NewLine(TextShow previous, TextShow next) =>
        Math.Abs(previous.BaselineY - next.BaselineY) > 0.5 * Math.Max(previous.FontSize, next.FontSize);

    /// <summary>
    /// Whether two pieces of text on one line stand apart, with a gap wider than a third of the font size and no
    /// space glyph between them (the contents' page number, set at the right of its title), or the second one
    /// back to the left of the first.
    /// </summary>
    public static bool Apart(TextShow previous, TextShow next)
    {
        var size = Math.Max(previous.FontSize, next.FontSize);
        return next.StartX - previous.EndX > size / 3 || next.StartX < previous.StartX - size / 10;
    }

    /// <summary>Whether a reader needs a space between a line ending with <paramref name="line"/> and the next one starting with <paramref name="next"/>.</summary>
    public static bool NeedsSpace(string line, string next)
    {
        if (line.Length == 0 || next.Length == 0 || char.IsWhiteSpace(line[^1]) || char.IsWhiteSpace(next[0]))
        {
            return false;
        }
        // A line that ends with a hyphen, a dash or a slash broke after it, inside a word ("Tematico-" "Territoriali"),
        // unless the mark stands alone between spaces ("parola –" "altra").
        if (line[^1] is '-' or '\u2010' or '\u2011' or '\u2013' or '\u2014' or '/' or '\u00AD'
            && (line.Length == 1 || !char.IsWhiteSpace(line[^2])))
        {
            return false;
        }
        var lastWord = line[(line.LastIndexOf(' ') + 1)..];
        return !lastWord.Contains("://", StringComparison.Ordinal) && !lastWord.StartsWith("www.", StringComparison.Ordinal);
    }

    private static byte[] Apply(byte[] content, List<(int At, byte[] Bytes)> insertions)
    {
        using var output = new MemoryStream(content.Length + insertions.Sum(i => i.Bytes.Length));
        var at = 0;
        foreach (var (position, bytes) in insertions)
        {
            output.Write(content, at, position - at);
            output.Write(bytes);
            at = position;
        }
        output.Write(content, at, content.Length - at);
        return output.ToArray();
    }
}
