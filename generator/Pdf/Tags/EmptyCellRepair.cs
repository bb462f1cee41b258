using PdfSharp.Pdf;

namespace PianoSite.Pdf.Tags;

/// <summary>
/// ISO 32000-1, 14.8.4.3.4 (Table 337) and ISO 14289-1, 7.2 and 7.5: a table's rows span the same columns, so that
/// a reader moving along a row or down a column lands on the cell it expects. Chromium leaves an empty cell out
/// of the structure (an objective without drivers has an empty "Driver" cell): the row is one cell short, and a
/// reader would take the next row's header for it. This puts an empty TD back where a column is missing,
/// found from the column headers its neighbours name in /Headers, with the same /Headers for the new cell.
/// </summary>
public static class EmptyCellRepair
{
    /// <returns>how many empty cells were added.</returns>
    public static int Repair(StructureTree tree)
    {
        var added = 0;
        foreach (var table in tree.Elements().Where(e => StructureTree.Type(e) == "Table"))
        {
            var rows = Rows(table).ToList();
            var header = rows.FirstOrDefault(r => StructureTree.ElementKids(r).All(c => StructureTree.Type(c) == "TH"));
            if (header is null)
            {
                continue;
            }
            // The column of each column header, by its /ID.
            var columns = new Dictionary<string, int>(StringComparer.Ordinal);
            var width = 0;
            foreach (var cell in StructureTree.ElementKids(header))
            {
                if (cell.Elements.GetString("/ID") is { Length: > 0 } id)
                {
                    columns[id] = width;
                }
                width += Span(cell);
            }
            foreach (var row in rows.Where(r => r != header))
            {
                added += FillRow(tree, row, columns, width);
            }
        }
        return added;
    }

    private static int FillRow(StructureTree tree, PdfDictionary row, Dictionary<string, int> columns, int width)
    {
        var cells = StructureTree.ElementKids(row).ToList();
        if (cells.Sum(Span) >= width)
        {
            return 0;
        }
        var rowHeader = cells.FirstOrDefault(c => StructureTree.Type(c) == "TH")?.Elements.GetString("/ID");
        var missing = new List<(int Index, string? Column)>();
        var column = 0;
        var index = 0;
        foreach (var cell in cells)
        {
            var named = Headers(cell).Select(h => columns.TryGetValue(h, out var c) ? c : -1).FirstOrDefault(c => c >= 0, -1);
            for (; named > column; column++)
            {
                missing.Add((index, columns.FirstOrDefault(c => c.Value == column).Key));
            }
            column += Span(cell);
            index++;
        }
        for (; column < width; column++)
        {
            missing.Add((index, columns.FirstOrDefault(c => c.Value == column).Key));
        }
        // From the last, so that earlier indexes stay right.
        foreach (var (at, columnHeader) in Enumerable.Reverse(missing))
        {
            var cell = tree.NewElement("TD", row);
            var attributes = new PdfDictionary(row.Owner);
            attributes.Elements.SetName("/O", "/Table");
            var headers = new PdfArray(row.Owner);
            foreach (var id in new[] { columnHeader, rowHeader }.OfType<string>().Where(h => h.Length > 0))
            {
                headers.Elements.Add(new PdfString(id));
            }
            attributes.Elements["/Headers"] = headers;
            cell.Elements["/A"] = attributes;
            StructureTree.InsertKid(row, at, cell);
        }
        return missing.Count;
    }

    private static IEnumerable<PdfDictionary> Rows(PdfDictionary table) =>
        StructureTree.ElementKids(table).SelectMany(k => StructureTree.Type(k) switch
        {
            "TR" => [k],
            "THead" or "TBody" or "TFoot" => StructureTree.ElementKids(k).Where(r => StructureTree.Type(r) == "TR"),
            _ => [],
        });

    private static IEnumerable<string> Headers(PdfDictionary cell) =>
        Attributes(cell).Select(a => a.Elements.GetArray("/Headers")).OfType<PdfArray>()
            .SelectMany(h => h.Elements.Select(StructureTree.Resolve).OfType<PdfString>().Select(s => s.Value));

    private static int Span(PdfDictionary cell) =>
        Attributes(cell).Select(a => a.Elements.GetInteger("/ColSpan")).FirstOrDefault(s => s > 0, 1);

    private static IEnumerable<PdfDictionary> Attributes(PdfDictionary cell) => StructureTree.Resolve(cell.Elements["/A"]) switch
    {
        PdfDictionary single => [single],
        PdfArray array => array.Elements.Select(StructureTree.Resolve).OfType<PdfDictionary>(),
        _ => [],
    };
}
