using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PianoSite.Pdf.Text;

namespace PianoSite.Pdf.Tags;

/// <summary>
/// A table that runs over a page break repeats its header row at the top of the next page (the print CSS's
/// thead), and Chromium tags each repetition as more content of the same header cells: a reader hears "Comuni
/// Comuni" for the column header. The repetition is a pagination artifact (ISO 32000-1, 14.8.2.2.2; ISO 14289-1,
/// 7.1: what is not real content is an artifact): this keeps each header cell's content on the first page it is
/// printed on, and turns the later pages' copies into "/Artifact &lt;&lt;/Type /Pagination&gt;&gt;" marked content,
/// out of the structure tree and the parent tree.
/// </summary>
public static class RepeatedHeaderRepair
{
    private static readonly byte[] Artifact = Encoding.ASCII.GetBytes("/Artifact <</Type /Pagination >>BDC");

    /// <returns>how many marked-content sequences became artifacts.</returns>
    public static int Repair(PdfDocument document, StructureTree tree)
    {
        var pageIndex = new Dictionary<PdfDictionary, int>(ReferenceEqualityComparer.Instance);
        foreach (var page in document.Pages)
        {
            pageIndex[page] = pageIndex.Count;
        }
        var repeated = new Dictionary<PdfDictionary, HashSet<int>>(ReferenceEqualityComparer.Instance);
        foreach (var row in tree.Elements().Where(e => StructureTree.Type(e) == "TR"))
        {
            var cells = StructureTree.ElementKids(row).ToList();
            if (cells.Count == 0 || cells.Any(c => StructureTree.Type(c) != "TH"))
            {
                continue;
            }
            foreach (var cell in cells)
            {
                var items = ContentItems(cell, null).ToList();
                var first = items.Select(i => i.Page).Where(p => p is not null).MinBy(p => pageIndex.GetValueOrDefault(p!, int.MaxValue));
                foreach (var item in items.Where(i => i.Page is not null && !ReferenceEquals(i.Page, first)))
                {
                    var kids = StructureTree.Kids(item.Owner);
                    kids.RemoveAt(kids.FindIndex(k => ReferenceEquals(k, item.Kid)));
                    StructureTree.SetKids(item.Owner, kids);
                    tree.ClearContentParent(item.Page!, item.Mcid);
                    if (!repeated.TryGetValue(item.Page!, out var mcids))
                    {
                        repeated[item.Page!] = mcids = [];
                    }
                    mcids.Add(item.Mcid);
                }
            }
        }
        var count = 0;
        foreach (var (page, mcids) in repeated)
        {
            var content = PageContent.Read((PdfPage)page);
            var spans = ContentStreamLexer.Read(content)
                .Where(op => op.Operator == "BDC" && ContentOperands.Mcid(ContentOperands.Read(content, op)) is { } mcid && mcids.Contains(mcid))
                .ToList();
            using var output = new MemoryStream(content.Length);
            var at = 0;
            foreach (var op in spans)
            {
                output.Write(content, at, op.Start - at);
                output.Write(Artifact);
                at = op.End;
            }
            output.Write(content, at, content.Length - at);
            PageContent.Write((PdfPage)page, output.ToArray());
            count += spans.Count;
        }
        return count;
    }

    private sealed record ContentItem(PdfDictionary Owner, PdfItem Kid, PdfDictionary? Page, int Mcid);

    /// <summary>The marked-content kids under an element, each with the element that lists it and its page.</summary>
    private static IEnumerable<ContentItem> ContentItems(PdfDictionary element, PdfDictionary? inheritedPage)
    {
        var page = StructureTree.Resolve(element.Elements["/Pg"]) as PdfDictionary ?? inheritedPage;
        foreach (var kid in StructureTree.Kids(element))
        {
            switch (StructureTree.Resolve(kid))
            {
                case PdfInteger mcid:
                    yield return new ContentItem(element, kid, page, mcid.Value);
                    break;
                case PdfDictionary mcr when mcr.Elements.GetName("/Type") == "/MCR":
                    yield return new ContentItem(element, kid, StructureTree.Resolve(mcr.Elements["/Pg"]) as PdfDictionary ?? page, mcr.Elements.GetInteger("/MCID"));
                    break;
                case PdfDictionary child when StructureTree.IsElement(child):
                    foreach (var item in ContentItems(child, page))
                    {
                        yield return item;
                    }
                    break;
            }
        }
    }
}
