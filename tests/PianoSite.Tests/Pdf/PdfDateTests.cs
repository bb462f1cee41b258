using System.Diagnostics;
using System.Globalization;
using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using PianoSite.Load;
using PianoSite.Pipeline;
using PianoSite.Tests.Support;

namespace PianoSite.Tests.Pdf;

/// <summary>
/// No invented date: the PDF's dates are the build's source date (SOURCE_DATE_EPOCH, else the last commit that
/// touched content/, else none), never the clock and never a plan date nobody gave; the colophon prints the adopting
/// act only when piano.yml has it.
/// </summary>
[Collection(PdfEditionGroup.Name)]
public sealed class PdfDateTests(PdfEditionFixture pdf)
{
    private static readonly string[] Months =
        ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"];

    [Fact]
    public void The_real_plans_pdf_is_dated_by_the_last_commit_of_its_content_and_its_colophon_gives_no_date()
    {
        var committed = LastContentCommit(TestPaths.RepositoryRoot);
        using var document = pdf.Open();

        var (creation, modification, xmp) = Dates(document);
        if (committed is { } date)
        {
            Assert.Equal(PdfDate(date), creation);
            Assert.Equal(PdfDate(date), modification);
            Assert.Contains($"<xmp:CreateDate>{XmpDate(date)}</xmp:CreateDate>", xmp, StringComparison.Ordinal);
        }
        else
        {
            Assert.Null(creation);   // a checkout without git history: no date at all
            Assert.DoesNotContain("<xmp:CreateDate>", xmp, StringComparison.Ordinal);
        }
        Assert.Null(pdf.Plan.Info.Adoption);
        var colophon = Assert.Single(pdf.Pages, p => p.Contains("Colophon", StringComparison.Ordinal) && p.Contains("Testo della licenza", StringComparison.Ordinal));
        Assert.DoesNotContain("Atto di adozione", colophon, StringComparison.Ordinal);
        Assert.DoesNotContain(Months, month => colophon.Contains(month, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_plan_outside_git_without_SOURCE_DATE_EPOCH_prints_a_pdf_without_any_date()
    {
        using var plan = FixturePlan.Minimal();
        Assert.Null(SourceDate.Resolve(plan.Root, null));

        var result = new BuildPipeline(new BuildOptions(plan.Root, plan.Output, WithPdf: true)).Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Where(d => d.IsError)));
        using var document = PdfReader.Open(Path.Combine(plan.Output, "pdf", "psttm-2025-2027.pdf"), PdfDocumentOpenMode.Import);
        var (creation, modification, xmp) = Dates(document);
        Assert.Null(creation);
        Assert.Null(modification);
        Assert.DoesNotContain("Date>", xmp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SOURCE_DATE_EPOCH_dates_the_pdf_and_the_colophon_prints_the_adopting_act_given_in_piano_yml()
    {
        using var plan = FixturePlan.Minimal();
        plan.InsertAfter("content/piano.yml", "language: it", "adoption:", "  organ: Consiglio metropolitano", "  number: 7/2025", "  date: 2025-03-01");

        var run = await GeneratorProcess.RunAsync(new Dictionary<string, string> { [SourceDate.EnvironmentVariable] = "1700000000" },
            "build", "--root", plan.Root);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        var path = Path.Combine(plan.Output, "pdf", "psttm-2025-2027.pdf");
        using var document = PdfReader.Open(path, PdfDocumentOpenMode.Import);
        var (creation, modification, xmp) = Dates(document);
        Assert.Equal("D:20231114221320Z", creation);
        Assert.Equal("D:20231114221320Z", modification);
        Assert.Contains("<xmp:ModifyDate>2023-11-14T22:13:20Z</xmp:ModifyDate>", xmp, StringComparison.Ordinal);
        Assert.Contains("Atto di adozione: Consiglio metropolitano, n. 7/2025 del 1° marzo 2025.", PdfText.Normalise(PdfText.Raw(path)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_SOURCE_DATE_EPOCH_is_a_usage_error_before_anything_is_built()
    {
        using var plan = FixturePlan.Minimal();

        var run = await GeneratorProcess.RunAsync(new Dictionary<string, string> { [SourceDate.EnvironmentVariable] = "ieri" },
            "build", "--no-pdf", "--root", plan.Root);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("SOURCE_DATE_EPOCH deve essere un numero intero di secondi", run.Output + run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(plan.Output));
    }

    private static (string? Creation, string? Modification, string Xmp) Dates(PdfDocument document)
    {
        var info = document.Info.Elements;
        var metadata = document.Internals.Catalog.Elements.GetDictionary("/Metadata")!;
        return (info.ContainsKey("/CreationDate") ? info.GetString("/CreationDate") : null,
            info.ContainsKey("/ModDate") ? info.GetString("/ModDate") : null,
            Encoding.UTF8.GetString(metadata.Stream.UnfilteredValue));
    }

    private static string PdfDate(DateTimeOffset date) => "D:" + date.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "Z";

    private static string XmpDate(DateTimeOffset date) => date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>What git itself says, asked apart from the generator: the committer date of the last commit of content/.</summary>
    private static DateTimeOffset? LastContentCommit(string root)
    {
        try
        {
            var start = new ProcessStartInfo("git", ["log", "-1", "--format=%ct", "--", "content"])
            {
                WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true,
            };
            using var git = Process.Start(start)!;
            var output = git.StandardOutput.ReadToEnd().Trim();
            git.StandardError.ReadToEnd();
            git.WaitForExit();
            return git.ExitCode == 0 && long.TryParse(output, CultureInfo.InvariantCulture, out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;   // no git: the generator finds none either
        }
    }
}
