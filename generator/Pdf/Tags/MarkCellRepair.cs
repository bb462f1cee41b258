using AngleSharp.Dom;
using PdfSharp.Pdf;

namespace PianoSite.Pdf.Tags;

/// <summary>
/// The ● and – of the tables (an actor involved or not, a keyword of a mission or not) are printed as a glyph with
/// role="img" and aria-label "sì"/"no", which Chromium tags as a Figure with /Alt: a screen reader would meet some
/// three hundred images inside tables. The website's cells say the same thing as text, "Città metropolitana: sì"
/// (the column's header, then the value). Here each such Figure becomes a Span whose /ActualText
/// (ISO 32000-1, 14.9.4: the exact replacement of its content) is that same text: the PDF reads like the website,
/// and the glyph is no longer an image (ISO 14289-1, 7.3 asks a Figure only of real graphics).
/// The Figures are matched one to one, in document order, with the role="img" elements of the printed page; a
/// mismatch stops the build rather than giving a cell the wrong words.
/// </summary>
public static class MarkCellRepair
{
    /// <summary>What a reader hears for each role="img" element of the page, in document order (null outside a table's column).</summary>
    public static IReadOnlyList<(string Alt, string? Spoken)> Marks(IDocument page) =>
        [.. page.QuerySelectorAll("[role=img][aria-label]").Select(mark =>
        {
            var alt = mark.GetAttribute("aria-label")!;
            var header = ColumnHeader(mark);
            return (alt, header is null ? null : $"{header}: {alt}");
        })];

    /// <returns>how many Figures became Spans.</returns>
    public static int Repair(StructureTree tree, IReadOnlyList<(string Alt, string? Spoken)> marks)
    {
        var figures = tree.Elements().Where(e => StructureTree.Type(e) == "Figure").ToList();
        if (figures.Count != marks.Count)
        {
            throw new InvalidDataException(
                $"il PDF ha {figures.Count} figure e la pagina di stampa {marks.Count} elementi role=\"img\": i segni delle tabelle non si possono abbinare");
        }
        var repaired = 0;
        for (var i = 0; i < figures.Count; i++)
        {
            var figure = figures[i];
            var (alt, spoken) = marks[i];
            if (figure.Elements.GetString("/Alt") != alt)
            {
                throw new InvalidDataException(
                    $"la figura {i + 1} del PDF ha il testo alternativo «{figure.Elements.GetString("/Alt")}», la pagina di stampa «{alt}»");
            }
            if (spoken is null)
            {
                continue;
            }
            figure.Elements.SetName("/S", "/Span");
            figure.Elements.Remove("/Alt");
            figure.Elements.SetString("/ActualText", spoken);
            repaired++;
        }
        return repaired;
    }

    private static string? ColumnHeader(IElement mark)
    {
        var cell = mark.Closest("td");
        var table = cell?.Closest("table");
        var headerRow = table?.QuerySelector("thead tr");
        if (cell?.ParentElement is not { } row || headerRow is null)
        {
            return null;
        }
        var column = row.Children.TakeWhile(c => c != cell).Sum(Span);
        var at = 0;
        foreach (var header in headerRow.Children)
        {
            if (column < at + Span(header))
            {
                return header.LocalName == "th" ? OutlineTitles.Normalise(header.TextContent) : null;
            }
            at += Span(header);
        }
        return null;
    }

    private static int Span(IElement cell) =>
        int.TryParse(cell.GetAttribute("colspan"), System.Globalization.CultureInfo.InvariantCulture, out var span) && span > 0 ? span : 1;
}
