namespace PianoSite.Tests.Content;

/// <summary>
/// The transcription's paragraphs are whole sentences: none ends mid-sentence, none starts with a lower-case
/// word (but the items of the colon-introduced enumeration of driver 8, lower-case as printed). The leads are
/// front matter and lack a final full stop as printed: they are not checked here.
/// </summary>
public sealed class AgendaParagraphTests
{
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
