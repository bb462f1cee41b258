using System.Text.RegularExpressions;

namespace PianoSite.Tests.Serve;

/// <summary>What editors and their tools do to files while the preview watches: none of it stops the server.</summary>
public sealed partial class PreviewRobustnessTests
{
    private const string Driver = "content/agenda/10-sistema-salute-territorio.md";

    [Fact]
    public async Task Editor_swap_backup_and_temporary_files_are_ignored()
    {
        await using var preview = await PreviewHarness.StartAsync();
        var before = RebuildLines(preview.Log);

        foreach (var name in new[] { ".m1.yml.swp", "m1.yml~", "#m1.yml#", ".#m1.yml", "m1.yml.tmp", "~$m1.yml", "m1.yml.bak", "m1.yml.orig" })
        {
            File.WriteAllText(Path.Combine(preview.Root, "content/missioni", name), "rotto: [\n");
        }
        // A real change afterwards: its rebuild must be the only one, and must not mention the artefacts.
        preview.Replace("content/missioni/m1.yml", "Superamento del digital divide", "Superamento del divario digitale");
        await WaitForAsync(() => preview.Log.Contains("m1.yml →", StringComparison.Ordinal));

        var lines = RebuildLines(preview.Log).Skip(before.Count).ToList();
        Assert.Single(lines);
        Assert.DoesNotContain("swp", lines[0]);
        Assert.DoesNotContain("~", lines[0]);
        Assert.Contains("0 errori", lines[0]);
    }

    [Fact]
    public async Task Deleting_and_renaming_files_while_watching_never_stops_the_server()
    {
        await using var preview = await PreviewHarness.StartAsync();
        using var events = await preview.OpenEventsAsync();
        var full = Path.Combine(preview.Root, Driver);
        var text = File.ReadAllText(full);

        // Renamed to a name that is not a driver's: the driver's objectives now point nowhere (an error).
        File.Move(full, full + ".old");
        await events.NextReloadOfAsync("/");
        var (status, page) = await preview.GetAsync("/");
        Assert.Equal(200, status);
        Assert.Contains("anteprima-pannello", page);

        // Deleted outright, then written back: the site comes back as it was.
        File.Delete(full + ".old");
        File.WriteAllText(full, text);
        await WaitForAsync(async () => !(await preview.GetAsync("/")).Body.Contains("anteprima-errori", StringComparison.Ordinal));

        // A whole folder removed and restored (a checkout): the watcher is re-armed and still sees edits.
        var templates = Path.Combine(preview.Root, "templates");
        Directory.Move(templates, templates + "-spostati");
        await WaitForAsync(async () => (await preview.GetAsync("/")).Body.Contains("PS0001", StringComparison.Ordinal));
        Directory.Move(templates + "-spostati", templates);
        await WaitForAsync(async () => !(await preview.GetAsync("/")).Body.Contains("anteprima-pannello", StringComparison.Ordinal));
        preview.Replace("templates/pages/mission.sbn-html", "</", "<!-- modello modificato --></");
        await WaitForAsync(async () => (await preview.GetAsync("/missioni/m1/")).Body.Contains("modello modificato", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_half_written_file_is_a_passing_error_and_the_finished_file_is_served()
    {
        await using var preview = await PreviewHarness.StartAsync();
        const string Mission = "content/missioni/m1.yml";
        var text = preview.Read(Mission).Replace("Superamento del digital divide", "Superamento del divario digitale", StringComparison.Ordinal);
        var full = Path.Combine(preview.Root, Mission);
        var before = RebuildLines(preview.Log).Count;

        // The first half, flushed and left there long enough for a rebuild to read it.
        await using (var stream = new FileStream(full, FileMode.Create, FileAccess.Write, FileShare.ReadWrite))
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(text);
            await stream.WriteAsync(bytes.AsMemory(0, bytes.Length / 2));
            await stream.FlushAsync();
            await WaitForAsync(() => RebuildLines(preview.Log).Count > before);
            await stream.WriteAsync(bytes.AsMemory(bytes.Length / 2));
        }

        await WaitForAsync(async () => (await preview.GetAsync("/missioni/m1/")).Body is var page
            && page.Contains("Superamento del divario digitale", StringComparison.Ordinal)
            && !page.Contains("anteprima-pannello", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_burst_of_saves_becomes_one_rebuild()
    {
        await using var preview = await PreviewHarness.StartAsync(quietPeriod: TimeSpan.FromMilliseconds(400));
        var before = RebuildLines(preview.Log).Count;

        for (var n = 1; n <= 6; n++)
        {
            preview.Replace($"content/missioni/m{n}.yml", "text: ", "text: (rivisto) ");
        }
        await WaitForAsync(() => RebuildLines(preview.Log).Count > before);
        await Task.Delay(1000);

        var lines = RebuildLines(preview.Log).Skip(before).ToList();
        var line = Assert.Single(lines);
        Assert.Contains("6 file (content/missioni/m1.yml, content/missioni/m2.yml, content/missioni/m3.yml, …)", line);
        Assert.Contains("0 errori", line);
    }

    [Fact]
    public async Task Saving_identical_content_rebuilds_but_reloads_nothing()
    {
        await using var preview = await PreviewHarness.StartAsync();
        var published = preview.Server.Hub.PublishedCount;

        preview.Write("content/missioni/m1.yml", preview.Read("content/missioni/m1.yml"));
        await WaitForAsync(() => preview.Log.Contains("nessuna pagina cambiata", StringComparison.Ordinal));

        Assert.Equal(published, preview.Server.Hub.PublishedCount);
    }

    private static List<string> RebuildLines(string log) =>
        [.. log.Split('\n').Where(line => RebuildLine().IsMatch(line))];

    private static Task WaitForAsync(Func<bool> condition) => WaitForAsync(() => Task.FromResult(condition()));

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the preview did not reach the expected state within 60 s");
            await Task.Delay(50);
        }
    }

    [GeneratedRegex(@"^\d\d:\d\d:\d\d .* → \d+ ms")]
    private static partial Regex RebuildLine();
}
