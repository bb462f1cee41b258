namespace PianoSite.Tests.Content;

/// <summary>
/// The missions (content/missioni/mN.yml), PNRR components (content/pnrr.yml) and the vision matrix are a faithful
/// transcription of the tables of seed 001: same texts (allowed artefact fixes only), exactly the ticked columns.
/// </summary>
public sealed class ObjectivesFidelityTests
{
    [Fact]
    public void Seed_001_reads_as_the_vision_matrix_the_components_table_and_six_mission_tables()
    {
        var seed = RealPlan.ObjectivesSeed;

        Problems.None(seed.Problems);
        Assert.Equal(5, seed.KeywordColumns.Count);
        Assert.Equal(6, seed.Vision.Count);
        Assert.Equal(["cm", "comuni", "corpi-intermedi"], seed.ComponentActorColumns);
        Assert.Equal(16, seed.Components.Count);
        Assert.Equal([1, 2, 3, 4, 5, 6], seed.Missions.Select(m => m.Number));
        Assert.Equal([18, 18, 13, 9, 13, 4], seed.Missions.Select(m => m.Objectives.Count));
        Assert.All(seed.Missions, m => Assert.Equal(["cm", "comuni", "corpi-intermedi"], seed.ObjectiveActorColumns[m.Number]));
    }

    [Theory]
    [InlineData(1), InlineData(2), InlineData(3), InlineData(4), InlineData(5), InlineData(6)]
    public void The_mission_has_the_seeds_title_intro_objectives_and_ticked_actors(int mission)
    {
        Problems.None(ObjectivesFidelity.MissionProblems(RealPlan.ObjectivesSeed, RealPlan.Value, mission));
    }

    [Fact]
    public void The_components_have_the_seeds_titles_and_ticked_actors()
    {
        Problems.None(ObjectivesFidelity.ComponentProblems(RealPlan.ObjectivesSeed, RealPlan.Value));
    }

    [Fact]
    public void Each_missions_matrix_label_and_keywords_are_the_vision_matrix_row()
    {
        Problems.None(ObjectivesFidelity.VisionProblems(RealPlan.ObjectivesSeed, RealPlan.Value));
    }

    [Fact]
    public void Seed_001_opens_with_the_chapter_heading_the_vision_heading_and_the_chapters_prose()
    {
        var chapter = RealPlan.ChapterSeed;

        Assert.Equal("Obiettivi strategici", chapter.ChapterTitle);
        Assert.Equal("Visione di sviluppo metropolitano e Missioni PNRR", chapter.VisionHeading);
        Assert.Equal("Campo d'azione degli attori metropolitani e missioni del PNRR", chapter.ComponentsHeading);
        Assert.Equal([false, false, false, false, true, true, true], chapter.Blocks.Select(b => b.IsListItem));
    }

    [Fact]
    public void The_vision_and_directions_pages_carry_the_plans_headings()
    {
        Problems.None(ChapterFidelity.HeadingProblems(RealPlan.ChapterSeed, RealPlan.Value));
    }

    [Fact]
    public void The_vision_and_directions_pages_hold_the_chapters_text_whole_split_where_it_turns_to_the_objectives()
    {
        Problems.None(ChapterFidelity.TextProblems(RealPlan.ChapterSeed, RealPlan.Value));
    }
}
