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

    /// <summary>
    /// shared/seeds beside the repository; else $PIANOSITE_SEEDS; else shared/seeds beside the checkout this one
    /// was cloned from (a clone in /tmp of a checkout that has shared/ beside it). A clear failure when none is there.
    /// </summary>
    public static string Folder
    {
        get
        {
            var besideRepository = Path.GetFullPath(Path.Combine(TestPaths.RepositoryRoot, "..", "shared", "seeds"));
            string?[] candidates = [besideRepository, Environment.GetEnvironmentVariable("PIANOSITE_SEEDS"), BesideOrigin()];
            var folder = candidates.FirstOrDefault(Directory.Exists);
            if (folder is null)
            {
                Assert.Fail(
                    $"The seeds of the official plan were not found at {besideRepository}. The fidelity tests compare content/ with "
                    + "the seeds: clone the repository with shared/seeds/ beside it (as CI does), so that "
                    + "<repository>/../shared/seeds/ holds 000_*.txt and 001_*.txt, or set PIANOSITE_SEEDS to that folder.");
            }
            return folder;
        }
    }

    /// <summary>shared/seeds beside the local folder named by the git remote "origin", when there is one.</summary>
    private static string? BesideOrigin()
    {
        var config = Path.Combine(TestPaths.RepositoryRoot, ".git", "config");
        if (!File.Exists(config))
        {
            return null;
        }
        var url = File.ReadLines(config)
            .SkipWhile(line => line.Trim() != "[remote \"origin\"]")
            .Skip(1)
            .TakeWhile(line => !line.TrimStart().StartsWith('['))
            .Select(line => line.Trim())
            .FirstOrDefault(line => line.StartsWith("url = ", StringComparison.Ordinal))?["url = ".Length..];
        return url is not null && Path.IsPathRooted(url) && Directory.Exists(url)
            ? Path.GetFullPath(Path.Combine(url, "..", "shared", "seeds"))
            : null;
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
