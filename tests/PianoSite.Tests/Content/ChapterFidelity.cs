using Markdig.Syntax;
using PianoSite.Model;
using PianoSite.Render;

namespace PianoSite.Tests.Content;

/// <summary>
/// The chapter "4. Obiettivi strategici" of seed 001 as two pages: content/pagine/visione.md, titled with the
/// heading the plan prints over the vision matrix, and content/pagine/obiettivi-strategici.md, titled with the
/// chapter's heading. The plan prints no heading between them; the text is split where it turns from the vision to
/// the objectives (<see cref="SplitAt"/>). Together they hold the chapter's text whole, block for block, paragraphs
/// as paragraphs and the three directions as the list the plan prints.
/// </summary>
internal static class ChapterFidelity
{
    public const string VisionSlug = "visione";

    public const string DirectionsSlug = "obiettivi-strategici";

    /// <summary>The first words of the directions page: "Secondo questo approccio, gli obiettivi strategici del piano si articolano in tre direzioni."</summary>
    public const string SplitAt = "Secondo questo approccio,";

    public static IReadOnlyList<string> HeadingProblems(ChapterSeed seed, Plan plan)
    {
        var problems = new List<string>();
        Expect(plan.FindPage(VisionSlug), seed.VisionHeading, seed.VisionHeadingLine);
        Expect(plan.FindPage(DirectionsSlug), seed.ChapterTitle, seed.ChapterLine);
        if (PlanWording.ComponentsHeading != seed.ComponentsHeading)
        {
            problems.Add($"PlanWording.ComponentsHeading is «{PlanWording.ComponentsHeading}», seed 001 line {seed.ComponentsHeadingLine} prints «{seed.ComponentsHeading}»");
        }
        return problems;

        void Expect(Page? page, string title, int line)
        {
            if (page is null || page.Title != title)
            {
                problems.Add($"content/pagine/{page?.Slug ?? "?"}.md should have the title «{title}» (seed 001 line {line}), has «{page?.Title}»");
            }
        }
    }

    /// <summary>The blocks of both pages, in order, are the seed's; the first block of the directions page is the one starting <see cref="SplitAt"/>.</summary>
    public static IReadOnlyList<string> TextProblems(ChapterSeed seed, Plan plan)
    {
        var problems = new List<string>();
        var split = seed.Blocks.ToList().FindIndex(b => b.Markdown.StartsWith(SplitAt, StringComparison.Ordinal));
        if (split < 0)
        {
            problems.Add($"seed 001 has no block starting «{SplitAt}»");
            return problems;
        }
        Compare(VisionSlug, seed.Blocks.Take(split).ToList());
        Compare(DirectionsSlug, seed.Blocks.Skip(split).ToList());
        return problems;

        void Compare(string slug, List<SeedBlock> expected)
        {
            var page = plan.FindPage(slug);
            if (page is null)
            {
                problems.Add($"content/pagine/{slug}.md is missing");
                return;
            }
            var actual = Blocks(page.Body.Markdown);
            for (var i = 0; i < Math.Max(expected.Count, actual.Count); i++)
            {
                var printed = i < expected.Count ? expected[i] : null;
                var written = i < actual.Count ? actual[i] : null;
                if (printed is null || written is null || printed.IsListItem != written.IsListItem)
                {
                    problems.Add($"content/pagine/{slug}.md block {i + 1}: "
                        + $"the plan prints {Describe(printed?.IsListItem, printed?.Markdown)}{(printed is null ? string.Empty : $" (seed 001 line {printed.Line})")}, "
                        + $"the content has {Describe(written?.IsListItem, written?.Markdown)}");
                }
                else if (Normal(printed.Markdown) is var seedText && Normal(written.Markdown) is var contentText && seedText != contentText)
                {
                    var at = seedText.Zip(contentText).TakeWhile(p => p.First == p.Second).Count();
                    problems.Add($"content/pagine/{slug}.md block {i + 1} differs from seed 001 line {printed.Line} after «{FidelityText.Tail(seedText[..at], 40)}»: "
                        + $"the plan prints «{FidelityText.Head(seedText[at..], 40)}», the content has «{FidelityText.Head(contentText[at..], 40)}»");
                }
            }
        }
    }

    /// <summary>The top-level paragraphs and list items of a page, as their Markdown source.</summary>
    private static List<WrittenBlock> Blocks(string markdown)
    {
        var blocks = new List<WrittenBlock>();
        foreach (var block in Markdig.Markdown.Parse(markdown))
        {
            if (block is ListBlock list)
            {
                blocks.AddRange(list.OfType<ListItemBlock>().Select(item => new WrittenBlock(true, Source(markdown, item)[1..].TrimStart())));
            }
            else
            {
                blocks.Add(new WrittenBlock(false, Source(markdown, block)));
            }
        }
        return blocks;
    }

    private sealed record WrittenBlock(bool IsListItem, string Markdown);

    private static string Source(string markdown, Block block) => markdown.Substring(block.Span.Start, block.Span.Length);

    private static string Normal(string text) => string.Join(' ', FidelityText.Words(text));

    private static string Describe(bool? isListItem, string? markdown) => markdown is null
        ? "nothing"
        : $"{(isListItem == true ? "the list item" : "the paragraph")} «{FidelityText.Head(Normal(markdown))}»";
}
