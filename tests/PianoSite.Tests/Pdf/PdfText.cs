using System.ComponentModel;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace PianoSite.Tests.Pdf;

/// <summary>Text of a PDF as pdftotext (Debian poppler-utils, installed by ./build.sh test) extracts it.</summary>
public static partial class PdfText
{
    /// <summary>One string per page, laid out as printed (<c>pdftotext -layout</c>).</summary>
    public static IReadOnlyList<string> LayoutPages(string pdfPath) =>
        [.. Run("-layout", pdfPath).Split('\f').SkipLast(1)];

    /// <summary>
    /// The text in the order the page draws it (<c>pdftotext -raw</c>): each table cell stays in one piece, while
    /// -layout interleaves the lines of a row's cells.
    /// </summary>
    public static string Raw(string pdfPath) => Run("-raw", pdfPath);

    /// <summary>
    /// One line, single spaces, a word broken at a hyphen at the end of a line joined again ("inter-\noperabilità").
    /// </summary>
    public static string Normalise(string text) =>
        Spaces().Replace(LineEndHyphen().Replace(text, "$1-"), " ").Trim();

    /// <summary>Without any white space: for text that may wrap anywhere.</summary>
    public static string Squeezed(string text) => Spaces().Replace(text, string.Empty);

    private static string Run(string mode, string pdfPath)
    {
        var start = new ProcessStartInfo("pdftotext", [mode, "-enc", "UTF-8", pdfPath, "-"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        try
        {
            using var process = Process.Start(start)!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"pdftotext failed: {process.StandardError.ReadToEnd()}");
            return text;
        }
        catch (Win32Exception)
        {
            Assert.Fail("pdftotext is missing: the PDF tests need poppler-utils (./build.sh test installs it; Debian: apt-get install poppler-utils).");
            throw;
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(\w)-[ \t]*\r?\n\s*")]
    private static partial Regex LineEndHyphen();
}
