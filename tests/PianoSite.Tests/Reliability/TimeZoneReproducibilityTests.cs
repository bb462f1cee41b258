using PianoSite.Tests.Support;

namespace PianoSite.Tests.Reliability;

/// <summary>
/// The editions do not depend on where or when they are built: two generator processes with opposite time zones
/// and different locales write byte-identical files, the PDF included (Chromium, which prints it, inherits the
/// environment too).
/// </summary>
public sealed class TimeZoneReproducibilityTests
{
    private const string Pdf = "pdf/psttm-2025-2027.pdf";

    [Fact]
    public async Task Builds_in_opposite_time_zones_and_other_locales_write_byte_identical_pdf_and_site()
    {
        var work = Directory.CreateTempSubdirectory("pianosite-tz-").FullName;
        try
        {
            // UTC−12 and UTC+14 ("Etc/GMT+12" is POSIX for UTC−12): 26 hours apart, so the two builds never share a
            // calendar date, and a date or hour taken from the local clock would show in the bytes.
            var west = await BuildAsync(Path.Combine(work, "west"), "Etc/GMT+12", "C.UTF-8");
            var east = await BuildAsync(Path.Combine(work, "east"), "Pacific/Kiritimati", "it_IT.UTF-8");

            Assert.Contains(Pdf, west.Keys);
            Assert.Contains("site/pagefind/pagefind-entry.json", west.Keys);
            Assert.Equal(west.Keys, east.Keys);
            var different = west.Keys.Where(path => west[path] != east[path]).ToList();
            Assert.True(different.Count == 0, "files that differ between the two time zones: " + string.Join(", ", different));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>A whole build (website, data, PDF) of the real plan in its own process; the hashes of everything it wrote.</summary>
    private static async Task<SortedDictionary<string, string>> BuildAsync(string output, string timeZone, string locale)
    {
        var environment = new Dictionary<string, string> { ["TZ"] = timeZone, ["LANG"] = locale, ["LC_ALL"] = locale, ["LANGUAGE"] = locale };
        var (exitCode, stdout, stderr) = await GeneratorProcess.RunAsync(environment, "build", "--root", TestPaths.RepositoryRoot, "--out", output);
        Assert.True(exitCode == 0, $"build with TZ={timeZone} LANG={locale} failed:\n{stdout}{stderr}");
        return OutputHashes.Of(output);
    }
}
