using System.Diagnostics;
using System.Text.Json;

namespace PianoSite.EndToEnd;

/// <summary>The Nu Html Checker (npm vnu-jar, run with Java) finds no error in any page, in one run over all of them.</summary>
[Collection(SharedSite.Name)]
public class HtmlValidityTests(BuiltSite site)
{
    [Fact]
    public async Task The_nu_html_checker_reports_no_error_on_any_page()
    {
        var jar = Path.Combine(RepositoryRoot.Path, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        Assert.True(File.Exists(jar), $"{jar} is missing: run npm install (./build.sh test does)");
        var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-jar", jar, "--errors-only", "--format", "json" })
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var page in site.Pages)
        {
            start.ArgumentList.Add(Path.Combine(site.SiteFolder, page));
        }
        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("Java is needed by the Nu Html Checker: install default-jre-headless (./build.sh test does)", e);
        }
        using (process)
        {
            Assert.NotNull(process);
            var output = process.StandardOutput.ReadToEndAsync();
            var json = await process.StandardError.ReadToEndAsync();   // vnu writes its JSON report to standard error
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            await process.WaitForExitAsync(timeout.Token);
            await output;
            using var report = JsonDocument.Parse(json);
            var errors = report.RootElement.GetProperty("messages").EnumerateArray()
                .Where(m => m.GetProperty("type").GetString() == "error")
                .Select(m => $"{m.GetProperty("url").GetString()}:{(m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
                .ToList();
            Assert.True(errors.Count == 0, $"{errors.Count} HTML errors:\n" + string.Join('\n', errors));
            Assert.True(site.Pages.Count >= 40, $"only {site.Pages.Count} pages were checked");
        }
    }
}
