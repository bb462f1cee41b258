using System.Text;
using PianoSite.Diagnostics;
using PianoSite.Load;
using PianoSite.Tests.Support;

namespace PianoSite.Tests.Load;

/// <summary>Stage 1, load: PS0001 … PS0006.</summary>
public sealed class ContentLoaderTests
{
    [Fact]
    public void A_root_without_content_folder_is_PS0001()
    {
        using var plan = FixturePlan.Empty();

        var result = plan.Check();

        var diagnostic = DiagnosticAssert.OneForFile(result, Codes.MissingFolder, "content");
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Contains("--root", diagnostic.Message, StringComparison.Ordinal);
        Assert.Null(result.Plan);
        Assert.False(result.Succeeded);
    }

    [Theory]
    [InlineData("content/piano.yml")]
    [InlineData("content/pnrr.yml")]
    public void A_missing_required_file_is_PS0005(string file)
    {
        using var plan = FixturePlan.Minimal();
        plan.Delete(file);

        var result = plan.Check();

        DiagnosticAssert.OneForFile(result, Codes.MissingFile, file);
        Assert.Null(result.Plan);
    }

    [Fact]
    public void The_checks_file_is_optional()
    {
        using var plan = FixturePlan.Minimal();
        plan.Delete("content/controlli.yml");

        DiagnosticAssert.Clean(plan.Check(strict: true));
    }

    [Theory]
    [InlineData("content/note.txt")]
    [InlineData("content/missioni/m3.yaml")]
    [InlineData("content/agenda/02-bozza.txt")]
    [InlineData("content/altro/pagina.md")]
    public void A_file_that_is_not_part_of_the_plan_is_warning_PS0006(string file)
    {
        using var plan = FixturePlan.Minimal();
        plan.Write(file, "qualcosa\n");

        var result = plan.Check();

        var diagnostic = DiagnosticAssert.OneForFile(result, Codes.UnexpectedFile, file);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(file, diagnostic.Subject);
        Assert.Equal(0, result.ErrorCount);
        Assert.False(plan.Check(strict: true).Succeeded);
    }

    [Theory]
    [InlineData("content/missioni/.m1.yml.swp")]
    [InlineData("content/missioni/m1.yml~")]
    [InlineData("content/missioni/m1.yml.bak")]
    [InlineData("content/pagine/~$visione.md")]
    [InlineData("content/pagine/#visione.md#")]
    [InlineData("content/.DS_Store")]
    [InlineData("content/.git/config")]
    public void Editor_backup_and_hidden_files_are_ignored_silently(string file)
    {
        using var plan = FixturePlan.Minimal();
        plan.Write(file, "title: [non yaml valido\n");

        DiagnosticAssert.Clean(plan.Check(strict: true));
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_PS0002()
    {
        using var plan = FixturePlan.Minimal();
        const string file = "content/missioni/m3.yml";
        FileStream? held = null;
        if (OperatingSystem.IsWindows())
        {
            plan.Write(file, "mission: M3\n");
            held = new FileStream(plan.PathOf(file), FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        }
        else
        {
            // A dangling symbolic link is listed like a file but cannot be opened, even by root.
            File.CreateSymbolicLink(plan.PathOf(file), plan.PathOf("content/missioni/non-esiste.yml"));
        }

        using (held)
        {
            var result = plan.Check();

            var diagnostic = DiagnosticAssert.OneForFile(result, Codes.UnreadableFile, file);
            Assert.Equal(Severity.Error, diagnostic.Severity);
        }
    }

    [Fact]
    public void A_file_larger_than_the_limit_is_PS0003_and_is_not_read()
    {
        using var plan = FixturePlan.Minimal();
        plan.WriteBytes("content/pagine/enorme.md", new byte[ContentLayout.MaxFileBytes + 1]);

        var result = plan.Check();

        var diagnostic = DiagnosticAssert.OneForFile(result, Codes.FileTooLarge, "content/pagine/enorme.md");
        Assert.Contains("2048 KB", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_exactly_the_limit_is_read()
    {
        using var plan = FixturePlan.Minimal();
        var page = Encoding.UTF8.GetBytes("---\ntitle: Lunga\n---\n");
        var body = Enumerable.Repeat((byte)'a', (int)ContentLayout.MaxFileBytes - page.Length - 1).Append((byte)'\n');
        plan.WriteBytes("content/pagine/lunga.md", [.. page, .. body]);

        DiagnosticAssert.Clean(plan.Check(strict: true));
    }

    [Fact]
    public void Invalid_UTF8_in_a_content_file_is_PS0004_at_its_line()
    {
        using var plan = FixturePlan.Minimal();
        var line = plan.LineOf("content/missioni/m1.yml", "text: Banda larga per le imprese");
        var text = plan.Read("content/missioni/m1.yml").Replace("Banda larga", "Banda\u0001larga", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(text);
        bytes[Array.IndexOf(bytes, (byte)1)] = 0xE0; // a lead byte with no continuation, as a Latin-1 "à" would be
        plan.WriteBytes("content/missioni/m1.yml", bytes);

        var result = plan.Check();

        // "    text: Banda" is 15 characters: the bad byte is the 16th.
        DiagnosticAssert.One(result, Codes.InvalidUtf8, "content/missioni/m1.yml", line, 16);
    }

    [Fact]
    public void A_byte_order_mark_and_Windows_line_ends_are_accepted_in_every_kind_of_file()
    {
        using var plan = FixturePlan.Minimal();
        foreach (var file in new[] { "content/piano.yml", "content/missioni/m1.yml", "content/agenda/01-citta-digitale.md", "content/pagine/visione.md", "content/controlli.yml" })
        {
            var crlf = plan.Read(file).Replace("\n", "\r\n", StringComparison.Ordinal);
            plan.WriteBytes(file, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(crlf)]);
        }

        var result = plan.Check(strict: true);

        DiagnosticAssert.Clean(result);
        Assert.Equal("Città digitale", result.Plan!.Drivers[0].Title);
        Assert.DoesNotContain('\r', result.Plan.Drivers[0].Body.Markdown);
    }

    [Fact]
    public void Positions_in_a_file_with_Windows_line_ends_are_the_same_as_with_plain_ones()
    {
        using var plan = FixturePlan.Minimal();
        plan.RemoveLine("content/missioni/m1.yml", "components: [M1C2]");
        plan.Write("content/missioni/m1.yml", plan.Read("content/missioni/m1.yml").Replace("\n", "\r\n", StringComparison.Ordinal));

        var result = plan.Check();

        DiagnosticAssert.One(result, Codes.ObjectiveWithoutComponent, "content/missioni/m1.yml", 11, 5);
    }
}
