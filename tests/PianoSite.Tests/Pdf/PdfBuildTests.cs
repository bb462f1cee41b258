using System.Diagnostics;
using System.Security.Cryptography;
using PianoSite.Pdf;

namespace PianoSite.Tests.Pdf;

/// <summary>The PDF edition as part of the build: reproducible, optional, and failing cleanly without a browser.</summary>
[Collection(PdfEditionGroup.Name)]
public sealed class PdfBuildTests(PdfEditionFixture pdf)
{
    [Fact]
    public void Two_builds_of_the_same_plan_give_byte_identical_pdfs()
    {
        var again = Path.Combine(pdf.Folder, "again");
        PdfEditionFixture.Build(again);

        var second = File.ReadAllBytes(Path.Combine(again, "pdf", "psttm-2025-2027.pdf"));
        Assert.Equal(SHA256.HashData(pdf.Bytes), SHA256.HashData(second));
        Assert.Equal(pdf.Bytes, second);
    }

    [Fact]
    public void The_document_id_is_derived_from_the_content()
    {
        var trailer = System.Text.Encoding.Latin1.GetString(pdf.Bytes[^400..]);
        var id = System.Text.RegularExpressions.Regex.Match(trailer, "/ID\\[<([0-9A-F]{32})><([0-9A-F]{32})>\\]");
        Assert.True(id.Success, trailer);
        Assert.Equal(id.Groups[1].Value, id.Groups[2].Value);

        // The ID is the hash of the file with the ID zeroed: recompute it.
        var zeroed = (byte[])pdf.Bytes.Clone();
        var at = System.Text.Encoding.Latin1.GetString(zeroed).LastIndexOf("/ID[<", StringComparison.Ordinal) + 5;
        System.Text.Encoding.ASCII.GetBytes(new string('0', 32) + "><" + new string('0', 32)).CopyTo(zeroed, at);
        Assert.Equal(Convert.ToHexString(SHA256.HashData(zeroed).AsSpan(0, 16)), id.Groups[1].Value);
    }

    [Fact]
    public void The_home_page_links_to_the_pdf_when_it_is_built()
    {
        var home = File.ReadAllText(Path.Combine(pdf.Output, "site", "index.html"));
        Assert.Contains("pdf/psttm-2025-2027.pdf", home, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(pdf.Output, "site", "pdf", "psttm-2025-2027.pdf")));
    }

    [Fact]
    public void Without_a_browser_the_build_fails_with_PS7001_and_keeps_the_last_good_output()
    {
        var output = Path.Combine(pdf.Folder, "no-browser");
        var good = Cli($"build --no-pdf --root \"{TestPaths.RepositoryRoot}\" --out \"{output}\"", browser: null);
        Assert.Equal(0, good.ExitCode);
        var before = Snapshot(output);

        var failed = Cli($"build --root \"{TestPaths.RepositoryRoot}\" --out \"{output}\"", browser: "/nonexistent/chromium");

        Assert.Equal(1, failed.ExitCode);
        var all = failed.Output + failed.Error;
        Assert.Contains("error PS7001", all, StringComparison.Ordinal);
        Assert.Contains("/nonexistent/chromium", all, StringComparison.Ordinal);
        Assert.Contains("apt-get install chromium", all, StringComparison.Ordinal);
        Assert.Contains("--no-pdf", all, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", all, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(output));
        Assert.False(Directory.Exists(Path.Combine(output, "pdf")));
    }

    [Fact]
    public void No_pdf_builds_the_website_and_the_data_without_the_pdf_and_its_link()
    {
        var output = Path.Combine(pdf.Folder, "no-pdf");
        var result = Cli($"build --no-pdf --root \"{TestPaths.RepositoryRoot}\" --out \"{output}\"", browser: "/nonexistent/chromium");

        Assert.Equal(0, result.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(output, "pdf")));
        Assert.True(File.Exists(Path.Combine(output, "site", "stampa", "index.html")));
        Assert.DoesNotContain("psttm-2025-2027.pdf", File.ReadAllText(Path.Combine(output, "site", "index.html")), StringComparison.Ordinal);
    }

    private sealed record CliRun(int ExitCode, string Output, string Error);

    /// <summary>Runs the real command line in its own process, as a user would, with PIANOSITE_BROWSER set or unset.</summary>
    private static CliRun Cli(string arguments, string? browser)
    {
        var start = new ProcessStartInfo("dotnet", $"\"{Path.Combine(AppContext.BaseDirectory, "pianosite.dll")}\" {arguments}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Remove(BrowserLocator.EnvironmentVariable);
        start.Environment.Remove("PIANOSITE_DEBUG");
        if (browser is not null)
        {
            start.Environment[BrowserLocator.EnvironmentVariable] = browser;
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new CliRun(process.ExitCode, output, error.Result);
    }

    private static List<string> Snapshot(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => $"{Path.GetRelativePath(folder, f)} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))}")];
}
