using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PianoSite.Diagnostics;
using PianoSite.Load;

namespace PianoSite.Render.Site;

/// <summary>
/// Bootstrap Italia's stylesheet with only the rules the site can use: PurgeCSS (npm <c>purgecss</c>, run with
/// Node.js) keeps a rule when a class, id or element it names occurs in a template (<c>templates/**/*.sbn-html</c>)
/// or in the site's scripts (<c>templates/assets/**/*.js</c>, which add classes at run time), or is in
/// <see cref="Safelist"/>. 612 KB become about 24 KB (5 KB gzipped); the rules kept are the same, in the same
/// order, so the pages look the same (the end-to-end pixel comparison holds the site to the whole stylesheet).
/// Chosen over compiling Bootstrap Italia's Sass with only the modules used, which still gave 221 KB (30 KB
/// gzipped): every module brings all its classes and the utility API all of its own (docs/mobile-performance.md).
/// </summary>
/// <remarks>
/// The result depends only on its inputs (the stylesheet, the templates and scripts, PurgeCSS's version and
/// options), never on the plan: it is kept in <c>node_modules/.cache/pianosite/</c> under the SHA-256 of those
/// inputs, so a build runs PurgeCSS (about a second) only after a template, a script or a package changed, and
/// <c>npm ci</c>, which empties node_modules, forgets it. PurgeCSS gives the same bytes for the same inputs (a test
/// holds the kept result to a fresh one: <paramref name="useCache"/> false runs PurgeCSS every time).
/// </remarks>
/// <param name="root">the folder holding templates/.</param>
/// <param name="useCache">whether a result kept in node_modules/.cache/pianosite/ may be used, and a new one kept.</param>
public sealed class PurgedStylesheet(string root, bool useCache = true)
{
    private const string Program = "purgecss/bin/purgecss.js";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>How many results the cache keeps (the templates of a few checkouts and test fixtures; 24 KB each).</summary>
    private const int Kept = 16;

    /// <summary>
    /// Elements that no template names but the plan's Markdown can make (CommonMark and pipe tables: see
    /// Parse/Markdown/MarkdownParser.cs), so their rules stay whatever the content says.
    /// </summary>
    public static readonly IReadOnlyList<string> Safelist =
        ["p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "pre", "code", "hr", "em", "strong", "a", "img", "br",
         "table", "thead", "tbody", "tr", "th", "td"];

    /// <summary>
    /// Also drops the @font-face, @keyframes and custom properties no kept rule uses (Bootstrap Italia's video
    /// player font alone is 8 KB). The site's own stylesheets define the custom properties they read.
    /// </summary>
    private static readonly IReadOnlyList<string> Options = ["--font-face", "--keyframes", "--variables"];

    /// <summary>The purged stylesheet, or null (with a PS4003 diagnostic) when it cannot be made.</summary>
    /// <param name="stylesheet">Bootstrap Italia's minified stylesheet (in node_modules).</param>
    public byte[]? Make(string stylesheet, DiagnosticBag diagnostics)
    {
        var program = NodeModules.Find(root, Program);
        if (program is null)
        {
            diagnostics.Error(Codes.AssetError, SourceSpan.WholeFile("package.json"),
                "manca PurgeCSS (node_modules/purgecss), che riduce il foglio di stile di Bootstrap Italia: eseguire ./build.sh, che lo installa con npm ci");
            return null;
        }
        var content = ContentFiles();
        var cache = useCache ? CachePath(program, stylesheet, content) : null;
        if (cache is not null && File.Exists(cache))
        {
            return File.ReadAllBytes(cache);
        }
        var (css, failure) = Run(program, stylesheet, content);
        if (css is null)
        {
            diagnostics.Error(Codes.AssetError, SourceSpan.WholeFile("package.json"),
                $"il foglio di stile di Bootstrap Italia non è stato ridotto con PurgeCSS: {failure}");
            return null;
        }
        if (cache is not null)
        {
            Keep(cache, css);
        }
        return css;
    }

    /// <summary>The files PurgeCSS reads for the names in use, in a fixed order: templates and scripts.</summary>
    private List<string> ContentFiles()
    {
        var templates = Path.Combine(root, ContentLayout.TemplatesFolder);
        return [.. Directory.EnumerateFiles(templates, "*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".sbn-html", StringComparison.Ordinal) || f.EndsWith(".js", StringComparison.Ordinal))
                        && !ContentLayout.IsEditorArtefact(Path.GetFileName(f)))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Where the result of these inputs is kept: node_modules/.cache/pianosite/, named by their SHA-256; null when they cannot be read.</summary>
    private string? CachePath(string program, string stylesheet, IReadOnlyList<string> content)
    {
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));
            var package = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(program)!)!, "package.json");
            hash.AppendData(File.ReadAllBytes(package));   // its version
            Add(string.Join(' ', Options) + " " + string.Join(' ', Safelist));
            hash.AppendData(File.ReadAllBytes(stylesheet));
            foreach (var file in content)
            {
                Add(Path.GetRelativePath(root, file).Replace('\\', '/'));
                hash.AppendData(File.ReadAllBytes(file));
            }
            var nodeModules = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(program)!)!)!;
            return Path.Combine(nodeModules, ".cache", "pianosite", $"bootstrap-italia.{Convert.ToHexStringLower(hash.GetHashAndReset())}.css");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;   // PurgeCSS reads them again and says what is wrong
        }
    }

    /// <summary>
    /// Keeps a result for the next build: written aside, then renamed, so that two builds at once never read half a
    /// file; only the <see cref="Kept"/> newest results stay (a designer's day of saves in the preview makes one
    /// each). A cache that cannot be written is left alone: the next build runs PurgeCSS again.
    /// </summary>
    private static void Keep(string path, byte[] css)
    {
        var folder = Path.GetDirectoryName(path)!;
        var temporary = Path.Combine(folder, $".{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(temporary, css);
            File.Move(temporary, path, overwrite: true);
            foreach (var old in new DirectoryInfo(folder).EnumerateFiles("bootstrap-italia.*.css").OrderByDescending(f => f.LastWriteTimeUtc).Skip(Kept))
            {
                old.Delete();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
                // nothing more to do: a stray .tmp file is never read
            }
        }
    }

    /// <summary>Runs PurgeCSS; the purged stylesheet, or null and why not.</summary>
    private (byte[]? Css, string? Failure) Run(string program, string stylesheet, IReadOnlyList<string> content)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = root,
        };
        start.ArgumentList.Add(program);
        start.ArgumentList.Add("--css");
        start.ArgumentList.Add(stylesheet);
        start.ArgumentList.Add("--content");
        foreach (var file in content)
        {
            start.ArgumentList.Add(file);
        }
        foreach (var option in Options)
        {
            start.ArgumentList.Add(option);
        }
        start.ArgumentList.Add("--safelist");
        foreach (var name in Safelist)
        {
            start.ArgumentList.Add(name);
        }
        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (null, "manca Node.js (il comando node): installarlo, ad esempio con sudo apt-get install nodejs npm");
        }
        if (process is null)
        {
            return (null, "impossibile avviare Node.js");
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                return (null, $"PurgeCSS non ha terminato entro {Timeout.TotalMinutes:0} minuti");
            }
            if (process.ExitCode != 0)
            {
                return (null, $"PurgeCSS è terminato con codice {process.ExitCode}: {error.Result.Trim()}");
            }
            // Without --output, PurgeCSS writes [{ "css": "…", "file": "…" }] on its standard output.
            try
            {
                using var results = JsonDocument.Parse(output.Result);
                if (results.RootElement is { ValueKind: JsonValueKind.Array } list && list.GetArrayLength() == 1
                    && list[0].TryGetProperty("css", out var css) && css.GetString() is { } text)
                {
                    return (Encoding.UTF8.GetBytes(text), null);
                }
            }
            catch (JsonException)
            {
                // answered below
            }
            return (null, "PurgeCSS non ha restituito un foglio di stile");
        }
    }
}
