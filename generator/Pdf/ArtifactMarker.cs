using System.Text;
using PdfSharp.Pdf;
using PianoSite.Pdf.Text;

namespace PianoSite.Pdf;

/// <summary>
/// In a tagged PDF every mark on a page is either part of the structure tree or an artifact (PDF/UA-1, 7.1).
/// Chromium tags the page's content but leaves some drawing outside any marked-content sequence: the running
/// head and page numbers of the @page margin boxes, table borders and backgrounds, and content hidden from
/// assistive technology (aria-hidden). This wraps each such graphics object — a text object, a painted path,
/// an image or a shading — in "/Artifact BMC … EMC", leaving tagged content as it is.
/// </summary>
public static class ArtifactMarker
{
    private static readonly byte[] Open = Encoding.ASCII.GetBytes("/Artifact BMC\n");
    private static readonly byte[] Close = Encoding.ASCII.GetBytes("\nEMC\n");

    /// <returns>how many graphics objects became artifacts.</returns>
    public static int Mark(PdfDocument document)
    {
        var marked = 0;
        foreach (var page in document.Pages)
        {
            var (result, count) = Mark(PageContent.Read(page));
            if (count == 0)
            {
                continue;
            }
            PageContent.Write(page, result);
            marked += count;
        }
        return marked;
    }

    /// <summary>The marking itself, on the bytes of one content stream.</summary>
    public static (byte[] Content, int Marked) Mark(byte[] content)
    {
        var operations = ContentStreamLexer.Read(content);
        var spans = new List<(int Start, int End)>();
        var depth = 0;
        var pathStart = -1;
        for (var k = 0; k < operations.Count; k++)
        {
            var op = operations[k];
            switch (op.Operator)
            {
                case "BMC" or "BDC":
                    depth++;
                    break;
                case "EMC":
                    depth = Math.Max(0, depth - 1);
                    break;
                case "BT":
                    var end = k;
                    var hasMarkedContent = false;
                    while (end < operations.Count && operations[end].Operator != "ET")
                    {
                        hasMarkedContent |= operations[end].Operator is "BMC" or "BDC" or "EMC";
                        end++;
                    }
                    if (end == operations.Count)
                    {
                        return (content, 0); // not a well-formed stream: leave it alone
                    }
                    if (depth == 0 && !hasMarkedContent)
                    {
                        spans.Add((op.Start, operations[end].End));
                    }
                    else
                    {
                        foreach (var inner in operations.Skip(k).Take(end - k))
                        {
                            depth += inner.Operator is "BMC" or "BDC" ? 1 : inner.Operator == "EMC" ? -1 : 0;
                        }
                    }
                    k = end;
                    break;
                case "m" or "re" when pathStart < 0:
                    pathStart = op.Start;
                    break;
                case "S" or "s" or "f" or "F" or "f*" or "B" or "B*" or "b" or "b*":
                    if (depth == 0 && pathStart >= 0)
                    {
                        spans.Add((pathStart, op.End));
                    }
                    pathStart = -1;
                    break;
                case "n":
                    pathStart = -1; // a clipping path paints nothing
                    break;
                case "Do" or "sh" when depth == 0:
                    spans.Add((op.Start, op.End));
                    break;
                case "BI" when depth == 0 && k + 1 < operations.Count && operations[k + 1].Operator == "ID":
                    spans.Add((op.Start, operations[k + 1].End));
                    k++;
                    break;
            }
        }
        if (spans.Count == 0)
        {
            return (content, 0);
        }
        using var output = new MemoryStream(content.Length + spans.Count * (Open.Length + Close.Length));
        var at = 0;
        foreach (var (start, end) in spans)
        {
            output.Write(content, at, start - at);
            output.Write(Open);
            output.Write(content, start, end - start);
            output.Write(Close);
            at = end;
        }
        output.Write(content, at, content.Length - at);
        return (output.ToArray(), spans.Count);
    }
}
