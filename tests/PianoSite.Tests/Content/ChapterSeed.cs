using System.Text.RegularExpressions;

namespace PianoSite.Tests.Content;

/// <summary>A block of the chapter's prose in seed 001: a paragraph or a list item, as Markdown (the seed marks bold with **).</summary>
internal sealed record SeedBlock(int Line, bool IsListItem, string Markdown);

/// <summary>
/// The prose of the chapter "4. Obiettivi strategici" in seed 001: its heading, the vision heading over the
/// matrix, the text between the matrix and the components table, and the components table's heading.
/// Blocks are separated by blank lines; the extraction also leaves a blank line where a paragraph crosses a page
/// or column (the next block starts lower-case: it continues the paragraph), and sets the bold run-in head of
/// the first list item on a line of its own (the next block continues that item).
/// </summary>
internal sealed partial record ChapterSeed(
    int ChapterLine,
    string ChapterTitle,
    int VisionHeadingLine,
    string VisionHeading,
    int ComponentsHeadingLine,
    string ComponentsHeading,
    IReadOnlyList<SeedBlock> Blocks)
{
    public static ChapterSeed Parse(IReadOnlyList<string> lines)
    {
        var texts = lines.Select((text, i) => (Number: i + 1, Text: text.Trim(), Tabbed: text.Contains('\t', StringComparison.Ordinal)))
            .Where(l => l.Text.Length > 0)
            .ToList();
        var chapter = texts[0];
        var heading = ChapterHeading().Match(chapter.Text);
        Assert.True(heading.Success, $"seed 001 line {chapter.Number}: expected the chapter heading «N. Title», found «{chapter.Text}»");
        var vision = texts[1];
        var components = texts.FindIndex(l => l.Text.StartsWith("COMPONENTI", StringComparison.Ordinal));
        Assert.True(components > 2, "seed 001 has no COMPONENTI table header");
        var componentsHeading = texts[components - 1];
        var proseStart = texts.FindIndex(2, l => !l.Tabbed);   // after the matrix's rows

        var blocks = new List<SeedBlock>();
        var previous = 0;
        foreach (var line in texts.Take(components - 1).Skip(proseStart))
        {
            var joined = blocks.Count > 0 && line.Number == previous + 1;   // no blank line between: same block
            var continues = blocks.Count > 0 && (char.IsLower(line.Text[0]) || RunInHeadOnly().IsMatch(blocks[^1].Markdown) && blocks[^1].IsListItem);
            if (joined || continues)
            {
                blocks[^1] = blocks[^1] with { Markdown = blocks[^1].Markdown + " " + line.Text };
            }
            else
            {
                var item = line.Text.StartsWith("- ", StringComparison.Ordinal);
                blocks.Add(new SeedBlock(line.Number, item, item ? line.Text[2..] : line.Text));
            }
            previous = line.Number;
        }
        return new ChapterSeed(chapter.Number, heading.Groups[1].Value.Trim(), vision.Number, vision.Text,
            componentsHeading.Number, componentsHeading.Text, blocks);
    }

    [GeneratedRegex(@"^\d+\.\s+(.+)$")]
    private static partial Regex ChapterHeading();

    [GeneratedRegex(@"^\*\*[^*]+\*\*$")]
    private static partial Regex RunInHeadOnly();
}
