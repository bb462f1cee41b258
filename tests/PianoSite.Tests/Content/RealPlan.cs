using PianoSite.Model;
using PianoSite.Pipeline;

namespace PianoSite.Tests.Content;

/// <summary>The content read by the generator's own pipeline (load → parse → model → check), once per test run.</summary>
internal static class RealPlan
{
    private static readonly Lazy<Plan> Plan = new(() => Load(TestPaths.RepositoryRoot));

    public static Plan Value => Plan.Value;

    /// <summary>The plan of the content under <paramref name="root"/>, failing when it cannot be read.</summary>
    public static Plan Load(string root)
    {
        var result = new BuildPipeline(new BuildOptions(root, string.Empty)).Check();
        if (result.Plan is null)
        {
            Assert.Fail("The content could not be read:\n" + string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        }
        return result.Plan;
    }

    public static AgendaSeed AgendaSeed => Agenda.Value;

    public static ObjectivesSeed ObjectivesSeed => Objectives.Value;

    public static ChapterSeed ChapterSeed => Chapter.Value;

    private static readonly Lazy<AgendaSeed> Agenda = new(() => Content.AgendaSeed.Parse(SeedFiles.AgendaLines));

    private static readonly Lazy<ObjectivesSeed> Objectives = new(() => Content.ObjectivesSeed.Parse(SeedFiles.ObjectivesLines));

    private static readonly Lazy<ChapterSeed> Chapter = new(() => Content.ChapterSeed.Parse(SeedFiles.ObjectivesLines));
}
