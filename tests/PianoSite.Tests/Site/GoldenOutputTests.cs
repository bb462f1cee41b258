using System.Text;

namespace PianoSite.Tests.Site;

/// <summary>
/// Golden output: the HTML of each page kind of the fixture plan, pinned in Fixtures/site-golden/expected/.
/// After an intended change to templates or view models, regenerate the expected files with
/// <c>PIANOSITE_UPDATE_GOLDEN=1 dotnet test --filter GoldenOutputTests</c> and review the diff in git.
/// </summary>
public class GoldenOutputTests
{
    private static readonly Lazy<PianoSite.Pipeline.BuildResult> Site = new(() => GoldenSite.Render());

    public static TheoryData<string, string> PageKinds => new()
    {
        { "home", "site/index.html" },
        { "visione", "site/visione/index.html" },
        { "obiettivi-strategici", "site/obiettivi-strategici/index.html" },
        { "missione", "site/missioni/m1/index.html" },
        { "componente", "site/pnrr/m1c1/index.html" },
        { "driver", "site/agenda-strategica/01-primo-driver/index.html" },
        { "attore", "site/attori/comuni/index.html" },
        { "dati", "site/dati/index.html" },
        { "sitemap", "site/sitemap.xml" },
    };

    [Fact]
    public void The_fixture_renders_without_diagnostics()
    {
        Assert.Empty(Site.Value.Diagnostics);
        Assert.True(Site.Value.Succeeded);
    }

    [Theory]
    [MemberData(nameof(PageKinds))]
    public void Page_matches_its_golden_file(string kind, string path)
    {
        var actual = GoldenSite.Text(Site.Value, path);
        var expectedFile = Path.Combine(GoldenSite.Fixture, "expected", kind + Path.GetExtension(path));
        if (Environment.GetEnvironmentVariable("PIANOSITE_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedFile)!);
            File.WriteAllText(expectedFile, actual, new UTF8Encoding(false));
            return;
        }
        Assert.True(File.Exists(expectedFile), $"missing golden file {expectedFile}: run the tests with PIANOSITE_UPDATE_GOLDEN=1 to create it");
        var expected = File.ReadAllText(expectedFile).ReplaceLineEndings("\n");
        var difference = FirstDifference(expected, actual.ReplaceLineEndings("\n"));
        Assert.True(difference is null, $"{path} differs from {expectedFile}:\n{difference}\n" +
            "If the change is intended, regenerate with PIANOSITE_UPDATE_GOLDEN=1 and review the diff.");
    }

    /// <summary>The first differing line with three lines of context on each side, or null when equal.</summary>
    private static string? FirstDifference(string expected, string actual)
    {
        if (expected == actual)
        {
            return null;
        }
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var line = 0;
        while (line < e.Length && line < a.Length && e[line] == a[line])
        {
            line++;
        }
        var from = Math.Max(0, line - 3);
        string Excerpt(string[] lines, string marker) => string.Join('\n', lines
            .Skip(from).Take(line - from + 4)
            .Select((text, i) => $"{(from + i == line ? marker : "  ")}{from + i + 1,5}: {text}"));
        return $"first difference at line {line + 1}\n--- expected\n{Excerpt(e, "- ")}\n+++ actual\n{Excerpt(a, "+ ")}";
    }
}
