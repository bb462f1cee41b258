namespace PianoSite.Tests.Content;

/// <summary>
/// The transcription's paragraphs are the printed ones: running text, no list (seed 000 has no list marks), each
/// paragraph ending where the printed one ends (<see cref="AgendaStructure.ParagraphEnds"/>), and whole sentences:
/// none ends mid-sentence, none starts with a lower-case word. The leads are front matter and lack a final full
/// stop as printed: they are not checked here.
/// </summary>
public sealed class AgendaParagraphTests
{
    [Fact]
    public void Seed_000_has_no_list_marks()
    {
        string[] marks = ["- ", "• ", "– ", "* "];
        Assert.DoesNotContain(SeedFiles.AgendaLines, line => marks.Any(mark => line.TrimStart().StartsWith(mark, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(0), InlineData(1), InlineData(2), InlineData(3), InlineData(4), InlineData(5)]
    [InlineData(6), InlineData(7), InlineData(8), InlineData(9), InlineData(10)]
    public void The_section_has_the_printed_paragraphs_and_no_list(int section)
    {
        Problems.None(AgendaStructure.Problems(RealPlan.AgendaSeed, RealPlan.Value, section));
    }

    [Theory]
    [InlineData(1), InlineData(2), InlineData(3), InlineData(4), InlineData(5)]
    [InlineData(6), InlineData(7), InlineData(8), InlineData(9), InlineData(10)]
    public void The_driver_body_has_no_paragraph_broken_mid_sentence(int number)
    {
        var driver = Assert.Single(RealPlan.Value.Drivers, d => d.Number == number);

        Problems.None(ParagraphForm.Problems($"content/agenda/{driver.Slug}.md", driver.Body.Markdown));
    }

    [Fact]
    public void The_introduction_page_has_no_paragraph_broken_mid_sentence()
    {
        var page = RealPlan.Value.FindPage(AgendaFidelity.IntroPageSlug);

        Assert.NotNull(page);
        Problems.None(ParagraphForm.Problems($"content/pagine/{page.Slug}.md", page.Body.Markdown));
    }
}
