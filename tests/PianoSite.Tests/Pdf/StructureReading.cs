using System.Text;
using PdfSharp.Pdf;
using PianoSite.Pdf.Text;
using PianoSite.Tests.Pdf.Conformance;

namespace PianoSite.Tests.Pdf;

/// <summary>
/// The text of a tagged PDF in the order of its structure tree, as assistive technology gets it: each element's
/// marked content decoded through the fonts' ToUnicode maps, an /ActualText in place of its element's content, a
/// Figure's /Alt. One line per block (paragraph, heading, caption, table cell, list item); tables, lists and
/// grouping elements are read through.
/// </summary>
public static class StructureReading
{
    private static readonly HashSet<string> ReadThrough = new(StringComparer.Ordinal)
    {
        "Document", "Part", "Art", "Sect", "Div", "NonStruct", "Table", "THead", "TBody", "TFoot", "TR", "L", "LI",
    };

    /// <summary>Every block of the document: its standard type and its text, white space collapsed.</summary>
    public static IReadOnlyList<(string Type, string Text)> Blocks(PdfUaDocument pdf)
    {
        var content = MarkedContentText(pdf);
        var blocks = new List<(string, string)>();
        void Visit(StructElement element)
        {
            var type = element.StandardType ?? element.Type;
            if (ReadThrough.Contains(type) && element.Dictionary.Elements.GetString("/ActualText").Length == 0 && element.Children.Count > 0)
            {
                // Content of the grouping element itself (outside its kids) is read where it stands.
                foreach (var kid in PdfUaDocument.Items(element.Dictionary.Elements["/K"]))
                {
                    if (PdfUaDocument.Resolve(kid) is PdfDictionary d && pdf.Element(d) is { } child)
                    {
                        Visit(child);
                    }
                    else if (Text(pdf, content, element, kid) is { Length: > 0 } text)
                    {
                        blocks.Add((type, text));
                    }
                }
                return;
            }
            var whole = Collapse(ElementText(pdf, content, element));
            if (whole.Length > 0)
            {
                blocks.Add((type, whole));
            }
        }
        foreach (var top in pdf.TopElements)
        {
            Visit(top);
        }
        return blocks;
    }

    /// <summary>The text a reader gets for one element and everything under it.</summary>
    public static string ElementText(PdfUaDocument pdf, Dictionary<(PdfDictionary, int), string> content, StructElement element)
    {
        if (element.Dictionary.Elements.ContainsKey("/ActualText"))
        {
            return element.Dictionary.Elements.GetString("/ActualText");
        }
        if (element.StandardType == "Figure")
        {
            return element.Dictionary.Elements.GetString("/Alt");
        }
        var text = new StringBuilder();
        foreach (var kid in PdfUaDocument.Items(element.Dictionary.Elements["/K"]))
        {
            text.Append(PdfUaDocument.Resolve(kid) is PdfDictionary d && pdf.Element(d) is { } child
                ? ElementText(pdf, content, child)
                : Text(pdf, content, element, kid));
        }
        return text.ToString();
    }

    /// <summary>The text of every marked-content sequence, by page and MCID.</summary>
    public static Dictionary<(PdfDictionary Page, int Mcid), string> MarkedContentText(PdfUaDocument pdf)
    {
        var texts = new Dictionary<(PdfDictionary, int), StringBuilder>();
        var reader = new PageTextReader();
        foreach (var page in pdf.Document.Pages)
        {
            foreach (var show in reader.Read(page, PageContent.Read(page)))
            {
                if (show.Mcid is { } mcid && !show.InArtifact)
                {
                    if (!texts.TryGetValue((page, mcid), out var text))
                    {
                        texts[(page, mcid)] = text = new StringBuilder();
                    }
                    text.Append(show.Text);
                }
            }
        }
        return texts.ToDictionary(t => t.Key, t => t.Value.ToString());
    }

    public static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Text(PdfUaDocument pdf, Dictionary<(PdfDictionary, int), string> content, StructElement element, PdfItem kid)
    {
        var (page, mcid) = PdfUaDocument.Resolve(kid) switch
        {
            PdfInteger integer => (Page(element, null), integer.Value),
            PdfDictionary { } mcr when mcr.Elements.GetName("/Type") == "/MCR" => (Page(element, mcr), mcr.Elements.GetInteger("/MCID")),
            _ => (null, -1),
        };
        return page is not null && content.TryGetValue((page, mcid), out var text) ? text : string.Empty;
    }

    /// <summary>The page of a content item: the MCR's /Pg, else the nearest /Pg up the tree.</summary>
    private static PdfDictionary? Page(StructElement element, PdfDictionary? mcr)
    {
        if (PdfUaDocument.Resolve(mcr?.Elements["/Pg"]) is PdfDictionary own)
        {
            return own;
        }
        for (var at = element; at is not null; at = at.Parent)
        {
            if (PdfUaDocument.Resolve(at.Dictionary.Elements["/Pg"]) is PdfDictionary page)
            {
                return page;
            }
        }
        return null;
    }
}
