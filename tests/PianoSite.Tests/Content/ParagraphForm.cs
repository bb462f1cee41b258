using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PianoSite.Tests.Content;

/// <summary>
/// The shape of the transcribed prose: paragraphs are whole sentences. A paragraph that ends mid-sentence, or
/// one that starts with a lower-case word, is a paragraph break inserted where the PDF only wrapped a line
/// or switched column.
/// </summary>
internal static class ParagraphForm
{
    /// <summary>How a paragraph may end: a sentence's end, a colon introducing a list, or a closing quote/parenthesis.</summary>
    public const string ParagraphEnds = ".:;?!)”»\"’";

    /// <summary>How a list item may end: the items of an enumeration end with ";" and the last one with ".".</summary>
    public const string ListItemEnds = ";.";

    /// <summary>
    /// The problems of one Markdown body. A list item may start lower-case only when its list continues a
    /// paragraph ending with ":" — the printed plan's inline enumeration "tre linee strategiche: potenziare …;
    /// raggiungere …; promuovere …." (driver 8), which the transcription set as a list keeping its case.
    /// </summary>
    public static IReadOnlyList<string> Problems(string where, string markdown)
    {
        var problems = new List<string>();
        var document = Markdig.Markdown.Parse(markdown);
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            var text = Text(paragraph).Trim();
            if (text.Length == 0)
            {
                continue;
            }
            var item = paragraph.Parent as ListItemBlock;
            var kind = item is null ? "paragraph" : "list item";
            var at = $"{where}, body line {paragraph.Line + 1}";
            var ends = item is null ? ParagraphEnds : ListItemEnds;
            if (!ends.Contains(text[^1], StringComparison.Ordinal))
            {
                problems.Add($"{at}: {kind} ends mid-sentence «{FidelityText.Tail(text)}» (allowed endings: {ends})");
            }
            var firstLetter = text.FirstOrDefault(char.IsLetterOrDigit);
            if (char.IsLower(firstLetter) && !(item is not null && ContinuesAColon(item)))
            {
                problems.Add($"{at}: {kind} starts with a lower-case word «{FidelityText.Head(text)}»");
            }
        }
        return problems;
    }

    private static bool ContinuesAColon(ListItemBlock item)
    {
        if (item.Parent is not ListBlock list || list.Parent is not { } container)
        {
            return false;
        }
        var index = container.IndexOf(list);
        return index > 0 && container[index - 1] is ParagraphBlock before && Text(before).TrimEnd().EndsWith(':');
    }

    private static string Text(LeafBlock block) => block.Inline is null
        ? string.Empty
        : string.Concat(block.Inline.Descendants().Select(i => i switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            LineBreakInline => " ",
            _ => string.Empty,
        }));
}
