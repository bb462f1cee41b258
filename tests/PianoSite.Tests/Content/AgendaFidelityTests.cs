namespace PianoSite.Tests.Content;

/// <summary>
/// The Agenda strategica of the content (content/pagine/agenda-strategica.md and content/agenda/*.md) is a faithful
/// transcription of seed 000: every line is there, every word as many times, headings as titles.
/// Section 0 is the chapter's introduction, 1–10 the drivers.
/// </summary>
public sealed class AgendaFidelityTests
{
    [Fact]
    public void Seed_000_reads_as_an_introduction_and_ten_drivers_with_only_the_listed_exceptions()
    {
        var seed = RealPlan.AgendaSeed;

        Problems.None(seed.Problems);
        Assert.Equal(4, seed.ChapterNumber);
        Assert.Equal(Enumerable.Range(0, 11), seed.Sections.Select(s => s.Number));
        var trimmed = SeedFiles.AgendaLines.Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);
        Assert.All(AgendaSeed.ExcusedLines.Keys, junk => Assert.Contains(junk, trimmed));
    }

    [Fact]
    public void The_seeds_headings_are_the_introduction_page_and_driver_titles()
    {
        Problems.None(AgendaFidelity.HeadingProblems(RealPlan.AgendaSeed, RealPlan.Value));
    }

    [Theory]
    [InlineData(0), InlineData(1), InlineData(2), InlineData(3), InlineData(4), InlineData(5)]
    [InlineData(6), InlineData(7), InlineData(8), InlineData(9), InlineData(10)]
    public void Every_line_of_the_seed_section_is_in_the_transcription(int section)
    {
        Problems.None(AgendaFidelity.LineCoverageProblems(RealPlan.AgendaSeed, RealPlan.Value, section));
    }

    [Theory]
    [InlineData(0), InlineData(1), InlineData(2), InlineData(3), InlineData(4), InlineData(5)]
    [InlineData(6), InlineData(7), InlineData(8), InlineData(9), InlineData(10)]
    public void The_transcription_has_the_seed_sections_words_each_as_many_times(int section)
    {
        Problems.None(AgendaFidelity.WordCountProblems(RealPlan.AgendaSeed, RealPlan.Value, section));
    }

    [Theory]
    [InlineData(1), InlineData(2), InlineData(3), InlineData(4), InlineData(5)]
    [InlineData(6), InlineData(7), InlineData(8), InlineData(9), InlineData(10)]
    public void Each_driver_has_the_seeds_subtitle_and_lead(int driver)
    {
        Problems.None(AgendaFidelity.OpeningProblems(RealPlan.AgendaSeed, RealPlan.Value, driver));
    }
}
