using PdfSharp.Pdf;

namespace PianoSite.Tests.Pdf;

/// <summary>
/// PDFsharp is MIT up to 6.2; from 6.5 it is AGPL-3.0 (or commercial) and refuses to run until a licence is chosen.
/// The generator keeps an MIT version, so that whoever distributes PianoSite takes on no copyleft obligation
/// (README, "Dependencies"). Upgrading past it is a licence decision, not a version bump: this says so.
/// </summary>
public sealed class PdfSharpLicenceTests
{
    [Fact]
    public void The_PDF_library_is_a_version_published_under_the_MIT_licence()
    {
        var version = typeof(PdfDocument).Assembly.GetName().Version!;

        Assert.True(version < new Version(6, 5), $"PDFsharp {version} is published under the AGPL-3.0: see README.md before upgrading");
    }
}
