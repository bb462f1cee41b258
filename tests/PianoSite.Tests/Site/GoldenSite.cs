using System.Text;
using PianoSite.Pipeline;

namespace PianoSite.Tests.Site;

/// <summary>
/// The golden fixture plan (Fixtures/site-golden/content) rendered with the repository's real templates:
/// the plan and the templates are copied into a temporary root, as an editor's plan folder would be.
/// </summary>
public static class GoldenSite
{
    public static string Fixture => Path.Combine(TestPaths.RepositoryRoot, "tests", "PianoSite.Tests", "Fixtures", "site-golden");

    /// <summary>Renders the fixture (stages 1–6, in memory) and returns the result.</summary>
    public static BuildResult Render(string? baseUrl = null)
    {
        var root = Path.Combine(Path.GetTempPath(), "pianosite-golden-" + Guid.NewGuid().ToString("N"));
        try
        {
            CopyTo(root);
            return new BuildPipeline(new BuildOptions(root, Path.Combine(root, "output"), BaseUrl: baseUrl)).Render();
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Copies the fixture's content and the repository's templates into <paramref name="root"/>: a plan folder.</summary>
    public static void CopyTo(string root)
    {
        CopyFolder(Path.Combine(Fixture, "content"), Path.Combine(root, "content"));
        CopyFolder(Path.Combine(TestPaths.RepositoryRoot, "templates"), Path.Combine(root, "templates"));
    }

    public static string Text(BuildResult result, string path) =>
        Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Content.Span);

    private static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
