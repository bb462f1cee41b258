using PianoSite.Diagnostics;

namespace PianoSite.Pdf;

/// <summary>
/// Finds the Chromium-family browser that prints the PDF. The build never downloads a browser: it uses the one
/// named with --browser (or PIANOSITE_BROWSER), else the system's — Debian's chromium on Linux, Edge on Windows.
/// </summary>
public static class BrowserLocator
{
    public const string EnvironmentVariable = "PIANOSITE_BROWSER";

    private static readonly string[] LinuxCandidates =
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome-stable",
        "/usr/bin/google-chrome",
        "/usr/bin/microsoft-edge-stable",
        "/snap/bin/chromium",
    ];

    private static readonly string[] MacCandidates =
    [
        "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
        "/Applications/Chromium.app/Contents/MacOS/Chromium",
        "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
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
            var edge = WindowsEdgeFolders().Select(f => Path.Combine(f, "Microsoft", "Edge", "Application", "msedge.exe")).FirstOrDefault(File.Exists);
            if (edge is not null)
            {
                return new BrowserChoice(null, "msedge", "Microsoft Edge");
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

    private static IEnumerable<string> WindowsEdgeFolders() =>
        new[] { Environment.SpecialFolder.ProgramFilesX86, Environment.SpecialFolder.ProgramFiles, Environment.SpecialFolder.LocalApplicationData }
            .Select(Environment.GetFolderPath)
            .Where(f => f.Length > 0);
}
