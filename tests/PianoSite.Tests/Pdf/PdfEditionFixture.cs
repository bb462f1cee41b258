using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using PianoSite.Diagnostics;
using PianoSite.Model;
using PianoSite.Pdf;
using PianoSite.Pipeline;

namespace PianoSite.Tests.Pdf;

/// <summary>
/// The real plan built once with its PDF edition, in real Chromium, for all the PDF tests. Without a browser the
/// tests fail (never skip): ./build.sh test installs Chromium.
/// </summary>
public sealed class PdfEditionFixture : IDisposable
{
    public PdfEditionFixture()
    {
        Folder = Directory.CreateTempSubdirectory("pianosite-pdf-").FullName;
        Output = Path.Combine(Folder, "output");
        Result = Build(Output);
        PdfPath = Path.Combine(Output, "pdf", "psttm-2025-2027.pdf");
        Bytes = File.ReadAllBytes(PdfPath);
        Plan = Result.Plan!;
        Pages = PdfText.LayoutPages(PdfPath);
        RawText = PdfText.Raw(PdfPath);
        Outline = PdfOutlineReader.Read(Bytes);
    }

    public string Folder { get; }

    public string Output { get; }

    public BuildResult Result { get; }

    public string PdfPath { get; }

    public byte[] Bytes { get; }

    public Plan Plan { get; }

    /// <summary>pdftotext -layout, one entry per page (index 0 = page 1).</summary>
    public IReadOnlyList<string> Pages { get; }

    public string RawText { get; }

    public IReadOnlyList<PdfOutlineEntry> Outline { get; }

    /// <summary>Builds the real plan with its PDF into <paramref name="output"/>; fails clearly without Chromium.</summary>
    public static BuildResult Build(string output)
    {
        var result = new BuildPipeline(new BuildOptions(TestPaths.RepositoryRoot, output, WithPdf: true)).Build();
        var noBrowser = result.Diagnostics.FirstOrDefault(d => d.Code == Codes.BrowserNotFound);
        if (noBrowser is not null)
        {
            throw new InvalidOperationException($"The PDF tests need Chromium (./build.sh test installs it; Debian: apt-get install chromium): {noBrowser}");
        }
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The real plan did not build: " + string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        }
        return result;
    }

    public PdfDocument Open()
    {
        return PdfReader.Open(new MemoryStream(Bytes, writable: false), PdfDocumentOpenMode.Import);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}
