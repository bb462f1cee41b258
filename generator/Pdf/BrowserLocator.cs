using PianoSite.Diagnostics;

namespace PianoSite.Pdf;

/// <summary>
/// Finds the Chromium-family browser that prints the PDF. The build never downloads a browser: it uses the one
/// named with --browser (or PIANOSITE_BROWSER), else the system's — Debian's chromium on Linux, Edge (else Chrome) on
/// Windows. build.sh and build.ps1 look for the same browsers in the same order, to install or ask for one before a
/// build that prints the PDF (a test holds them to these lists).
/// </summary>
public static class BrowserLocator
{
    public const string EnvironmentVariable = "PIANOSITE_BROWSER";

    internal static readonly string[] LinuxCandidates =
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome-stable",
        "/usr/bin/google-chrome",
        "/usr/bin/microsoft-edge-stable",
        "/snap/bin/chromium",
    ];

    internal static readonly string[] MacCandidates =
    [
        "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
        "/Applications/Chromium.app/Contents/MacOS/Chromium",
        "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
    ];

    /// <summary>Below each of <see cref="WindowsFolders"/>, Edge first: every Windows 10 and 11 has it.</summary>
    internal static readonly string[] WindowsPrograms =
    [
        @"Microsoft\Edge\Application\msedge.exe",
        @"Google\Chrome\Application\chrome.exe",
    ];

    private const string HowToInstall =
        "Installarlo (Debian/Ubuntu: sudo apt-get install chromium; Windows: Microsoft Edge) oppure indicarne il percorso " +
        "con --browser PERCORSO o con la variabile d'ambiente " + EnvironmentVariable + ". " +
        "Per produrre solo il sito e i dati aperti: build --no-pdf";

    /// <param name="requested">the path given with --browser or PIANOSITE_BROWSER, if any.</param>
    public static BrowserChoice? Find(string? requested, DiagnosticBag diagnostics)
    {
        if (!string.IsNullOrWhiteSpace(requested))
        {
            if (File.Exists(requested))
            {
                return new BrowserChoice(Path.GetFullPath(requested), null, requested);
            }
            diagnostics.Error(Codes.BrowserNotFound, SourceSpan.None,
                $"il browser indicato con --browser o {EnvironmentVariable} non esiste: {requested}. {HowToInstall}");
            return null;
        }
        if (OperatingSystem.IsWindows())
        {
            var found = WindowsPrograms.SelectMany(program => WindowsFolders().Select(folder => Path.Combine(folder, program))).FirstOrDefault(File.Exists);
            if (found is not null)
            {
                // Edge through Playwright's msedge channel (Playwright finds its install the same way); Chrome by its path.
                return found.EndsWith("msedge.exe", StringComparison.OrdinalIgnoreCase)
                    ? new BrowserChoice(null, "msedge", "Microsoft Edge")
                    : new BrowserChoice(found, null, found);
            }
        }
        else
        {
            var found = (OperatingSystem.IsMacOS() ? MacCandidates : LinuxCandidates).FirstOrDefault(File.Exists);
            if (found is not null)
            {
                return new BrowserChoice(found, null, found);
            }
        }
        diagnostics.Error(Codes.BrowserNotFound, SourceSpan.None,
            $"nessun browser Chromium, Chrome o Edge trovato per stampare l'edizione PDF. {HowToInstall}");
        return null;
    }

    private static IEnumerable<string> WindowsFolders() =>
        new[] { Environment.SpecialFolder.ProgramFilesX86, Environment.SpecialFolder.ProgramFiles, Environment.SpecialFolder.LocalApplicationData }
            .Select(Environment.GetFolderPath)
            .Where(f => f.Length > 0);
}
