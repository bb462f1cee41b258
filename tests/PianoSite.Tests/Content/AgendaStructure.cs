using System.Globalization;
using Markdig.Syntax;
using PianoSite.Model;

namespace PianoSite.Tests.Content;

/// <summary>
/// The printed layout of the Agenda strategica, which the transcription reproduces rather than improves: running
/// text in paragraphs (seed 000 has no list marks at all), each paragraph ending where the printed one ends.
/// </summary>
internal static class AgendaStructure
{
    /// <summary>
    /// For section 0 (the introduction) and each driver, the seed 000 line that ends each of its paragraphs, in
    /// the transcription's reading order (the extraction emits a page's columns out of order). Reviewed against the
    /// column geometry of the seed:
    /// <list type="bullet">
    /// <item>driver 3: each "(Nella) Traiettoria …" is a paragraph of its own (lines 327, 375, 385, 407, 412, 420),
    /// set in the seed without list marks;</item>
    /// <item>driver 7: "…non è una novità. Già da vari anni…" (lines 822–823) is one paragraph: line 822 has 32
    /// characters, as many mid-paragraph lines of the same driver (857, 858, 861, 878, 885: 31–32), and lines 861
    /// and 888 left room for a longer next word than "Già" without ending their paragraph, so the short line is no
    /// evidence of a paragraph end;</item>
    /// <item>driver 8: the three "linee strategiche" run inside one sentence, separated by semicolons (lines
    /// 950–965), and "Determinante in tal senso il ruolo…" (line 966) continues that paragraph: line 965 is full
    /// (39 characters, the column's longest are 41) and the sentence refers back to the three lines.</item>
    /// </list>
    /// A paragraph break after a full line cannot be proved or disproved from the seed; those of the transcription
    /// are kept as transcribed.
    /// </summary>
    public static readonly IReadOnlyDictionary<int, int[]> ParagraphEnds = new Dictionary<int, int[]>
    {
        [0] = [12, 20, 38, 43],
        [1] = [97, 108, 82, 127, 135, 168],
        [2] = [222, 224, 238, 191, 204, 214, 274, 292],
        [3] = [349, 351, 364, 311, 327, 375, 385, 407, 412, 420],
        [4] = [473, 437, 497, 512, 520, 537],
        [5] = [655],
        [6] = [713, 725, 680, 698, 737, 768, 777],
        [7] = [843, 802, 815, 854, 881, 896],
        [8] = [949, 918, 968, 976, 988, 997],
        [9] = [1056, 1015, 1069, 1101, 1107],
        [10] = [1163, 1172, 1134, 1184, 1200, 1214],
    };

    /// <summary>
    /// The section's body is paragraphs only (no list, quote or heading: the seed prints none), as many as
    /// <see cref="ParagraphEnds"/> lists, each ending with the words that end its seed line.
    /// </summary>
    public static IReadOnlyList<string> Problems(AgendaSeed seed, Plan plan, int section)
    {
        var problems = new List<string>();
        var where = AgendaFidelity.Where(section);
        var markdown = section == 0
            ? plan.FindPage(AgendaFidelity.IntroPageSlug)?.Body.Markdown
            : plan.Drivers.FirstOrDefault(d => d.Number == section)?.Body.Markdown;
        var seedSection = seed.Section(section);
        if (markdown is null || seedSection is null)
        {
            problems.Add($"{where} is missing from the {(markdown is null ? "content" : "seed")}");
            return problems;
        }
        var blocks = Markdig.Markdown.Parse(markdown).ToList();
        foreach (var block in blocks.Where(b => b is not ParagraphBlock))
        {
            problems.Add($"{where}, body line {block.Line + 1}: {Kind(block)} where seed 000 prints running text (it has no list marks): "
                + "write the printed paragraphs as paragraphs");
        }
        var paragraphs = blocks.OfType<ParagraphBlock>().Select(p => FidelityText.Words(ParagraphForm.Text(p))).ToList();
        var ends = ParagraphEnds[section];
        if (paragraphs.Count != ends.Length)
        {
            problems.Add($"{where} has {paragraphs.Count} paragraph(s), the printed plan {ends.Length} "
                + $"(ending at seed 000 lines {string.Join(", ", ends.Select(e => e.ToString(CultureInfo.InvariantCulture)))})");
        }
        for (var i = 0; i < Math.Min(paragraphs.Count, ends.Length); i++)
        {
            var line = seedSection.Lines.FirstOrDefault(l => l.Line.Number == ends[i]);
            if (line is null)
            {
                problems.Add($"seed 000 line {ends[i]} is not a text line of {where}");
            }
            else if (!EndsWith(paragraphs[i], line, seedSection))
            {
                problems.Add($"{where}: paragraph {i + 1} ends «{FidelityText.Tail(string.Join(' ', paragraphs[i]))}», "
                    + $"the printed one ends with {line.Line}");
            }
        }
        return problems;
    }

    /// <summary>The paragraph's last words are the line's words; the line's first word may be the end of a word hyphenated on the line before.</summary>
    private static bool EndsWith(string[] paragraph, SeedLineWords line, AgendaSection section)
    {
        var words = line.Words;
        if (paragraph.Length < words.Count)
        {
            return false;
        }
        var tail = paragraph[^words.Count..];
        for (var k = 0; k < words.Count; k++)
        {
            var content = section.Canonical(tail[k]);
            var printed = section.Canonical(words[k]);
            var same = k == 0 && line.StartsWithContinuation
                ? content.EndsWith(printed, StringComparison.Ordinal)
                : string.Equals(content, printed, StringComparison.Ordinal);
            if (!same)
            {
                return false;
            }
        }
        return true;
    }

    private static string Kind(Block block) => block switch
    {
        ListBlock => "a list",
        QuoteBlock => "a quote",
        HeadingBlock => "a heading",
        _ => block.GetType().Name,
    };
}
