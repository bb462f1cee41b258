using System.Diagnostics;
using System.Runtime.InteropServices;
using PianoSite.Diagnostics;
using PianoSite.Load;
using PianoSite.Output;
using PianoSite.Write;

namespace PianoSite.Search;

/// <summary>
/// The search index of the website, built by Pagefind (npm <c>pagefind</c>, a native program shipped in the
/// package): Pagefind reads the rendered pages from a folder (<see cref="SearchInput"/>, or the whole site's:
/// <see cref="Write.IOutputWriter.OpenSiteFolder"/>; the language comes from <c>&lt;html lang="it"&gt;</c>, so
/// Italian stemming applies) and writes its bundle to a temporary folder, read back as output files under
/// site/pagefind/. Must run after every page is written and before the commit.
/// </summary>
public sealed class PagefindIndex(string root)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>The extended build (with segmentation for more languages) when the package ships it, else the plain one.</summary>
    private static readonly string[] ProgramNames = ["pagefind_extended", "pagefind"];

    /// <summary>Indexes the pages in <paramref name="siteFolder"/> (left unchanged); the bundle's files, below site/pagefind/.</summary>
    public IReadOnlyList<OutputFile> Build(string siteFolder, DiagnosticBag diagnostics)
    {
        var program = FindProgram();
        if (program is null)
        {
            diagnostics.Error(Codes.SearchIndexError, SourceSpan.WholeFile("package.json"),
                $"manca il programma di Pagefind per questo sistema ({PlatformName()}) in node_modules/@pagefind: eseguire ./build.sh, che lo installa con npm");
            return [];
        }
        var bundle = ProcessFolders.NewTemporaryPath("pianosite-pagefind-");
        try
        {
            var failure = Run(program, siteFolder, bundle);
            if (failure is not null)
            {
                diagnostics.Error(Codes.SearchIndexError, SourceSpan.None, $"l'indice di ricerca non è stato creato: {failure}");
                return [];
            }
            var prefix = SiteLayout.OutputPath(SiteLayout.SearchFolder + "/");
            return [.. Directory.EnumerateFiles(bundle, "*", SearchOption.AllDirectories)
                .Select(file => Path.GetRelativePath(bundle, file).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
                .Select(relative => new OutputFile(prefix + relative, File.ReadAllBytes(Path.Combine(bundle, relative))))];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            diagnostics.Error(Codes.SearchIndexError, SourceSpan.None, $"l'indice di ricerca non è stato creato: {e.Message}");
            return [];
        }
        finally
        {
            ProcessFolders.DeleteQuietly(bundle);
        }
    }

    /// <summary>Runs Pagefind over <paramref name="site"/>, its bundle into <paramref name="bundle"/>; the failure's explanation, or null when it succeeded.</summary>
    private static string? Run(string program, string site, string bundle)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // --keep-index-url: result links end in index.html, like every other link of the site, so search
        // works when the site is opened from a plain folder too.
        foreach (var argument in new[] { "--site", site, "--output-path", bundle, "--keep-index-url", "--silent" })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start);
        if (process is null)
        {
            return $"impossibile avviare {program}";
        }
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            return $"Pagefind non ha terminato entro {Timeout.TotalMinutes:0} minuti";
        }
        var messages = (error.Result + output.Result).Trim();
        return process.ExitCode == 0 ? null : $"Pagefind è terminato con codice {process.ExitCode}: {messages}";
    }

    private string? FindProgram()
    {
        var folder = NodeModules.Find(root, $"@pagefind/{PlatformName()}/bin");
        if (folder is null)
        {
            return null;
        }
        var suffix = OperatingSystem.IsWindows() ? ".exe" : string.Empty;
        return ProgramNames
            .Select(name => Path.Combine(folder, name + suffix))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>The name of Pagefind's package for this machine: linux-x64, darwin-arm64, windows-x64, ...</summary>
    private static string PlatformName()
    {
        var os = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsFreeBSD() ? "freebsd" : "linux";
        var architecture = RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "arm64" : "x64";
        return $"{os}-{architecture}";
    }
}
