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

    /// <summary>The problems of one Markdown body.</summary>
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
            if (char.IsLower(firstLetter))
            {
                problems.Add($"{at}: {kind} starts with a lower-case word «{FidelityText.Head(text)}»");
            }
        }
        return problems;
    }

    /// <summary>A block's text without Markdown markers (emphasis dropped, line breaks as spaces).</summary>
    public static string Text(LeafBlock block) => block.Inline is null
        ? string.Empty
        : string.Concat(block.Inline.Descendants().Select(i => i switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            LineBreakInline => " ",
            _ => string.Empty,
        }));
}
