using System.Text;

namespace PianoSite.Tests.Content;

/// <summary>
/// The text of the official plan as extracted from its PDF, kept in shared/seeds/ beside the repository
/// (CI clones the repository with shared/ next to it). The content/ files are a transcription of these seeds.
/// </summary>
internal static class SeedFiles
{
    /// <summary>Chapter "Agenda strategica": introduction and the ten drivers, a 3-column PDF extracted line by line.</summary>
    public const string AgendaPrefix = "000_";

    /// <summary>Chapter "Obiettivi strategici": vision matrix, PNRR components table, the six missions' objective tables.</summary>
    public const string ObjectivesPrefix = "001_";

    private static readonly Lazy<string[]> Agenda = new(() => ReadLines(AgendaPrefix));
    private static readonly Lazy<string[]> Objectives = new(() => ReadLines(ObjectivesPrefix));

    public static IReadOnlyList<string> AgendaLines => Agenda.Value;

    public static IReadOnlyList<string> ObjectivesLines => Objectives.Value;

    /// <summary>RepositoryRoot/../shared/seeds; a clear failure when it is not there.</summary>
    public static string Folder
    {
        get
        {
            var folder = Path.GetFullPath(Path.Combine(TestPaths.RepositoryRoot, "..", "shared", "seeds"));
            if (!Directory.Exists(folder))
            {
                Assert.Fail(
                    $"The seeds of the official plan were not found at {folder}. The fidelity tests compare content/ with "
                    + "the seeds: clone the repository with shared/seeds/ beside it (as CI does), so that "
                    + "<repository>/../shared/seeds/ holds 000_*.txt and 001_*.txt.");
            }
            return folder;
        }
    }

    private static string[] ReadLines(string prefix)
    {
        var folder = Folder;
        var files = Directory.GetFiles(folder, prefix + "*.txt");
        if (files.Length != 1)
        {
            Assert.Fail($"Expected exactly one seed file {prefix}*.txt in {folder}, found {files.Length}.");
        }
        return File.ReadAllLines(files[0], Encoding.UTF8);
    }
}
