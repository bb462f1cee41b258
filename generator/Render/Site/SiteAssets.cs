using PianoSite.Diagnostics;
using PianoSite.Load;
using PianoSite.Write;
using PianoSite.Output;

namespace PianoSite.Render.Site;

/// <summary>
/// The website's static files: Bootstrap Italia's CSS (cut to the rules the templates use: <see cref="PurgedStylesheet"/>)
/// and its Titillium Web fonts from npm (node_modules), and the site's own templates/assets/. Everything is served
/// from the site itself: no CDN, no third party. (Bootstrap Italia's icon sprite is not copied: no template uses it.)
/// </summary>
public static class SiteAssets
{
    private const string BootstrapItalia = "bootstrap-italia/dist";

    /// <param name="keptStylesheet">whether the cut stylesheet may be the one kept for the same templates (<see cref="PurgedStylesheet"/>).</param>
    public static IReadOnlyList<OutputFile> Collect(string root, DiagnosticBag diagnostics, bool keptStylesheet = true)
    {
        var modules = NodeModules.Find(root, BootstrapItalia);
        if (modules is null)
        {
            diagnostics.Error(Codes.AssetError, SourceSpan.WholeFile("package.json"),
                "mancano i file di Bootstrap Italia (node_modules): eseguire ./build.sh, che li installa con npm ci");
            return [];
        }
        var files = new List<OutputFile>();
        void Add(string sourceFolder, string pattern, string target, SearchOption depth = SearchOption.TopDirectoryOnly)
        {
            if (!Directory.Exists(sourceFolder))
            {
                return;
            }
            foreach (var file in Directory.EnumerateFiles(sourceFolder, pattern, depth).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(sourceFolder, file).Replace('\\', '/');
                if (!ContentLayout.IsEditorArtefact(Path.GetFileName(file)))
                {
                    files.Add(new OutputFile($"{SiteLayout.Folder}/{target}/{relative}", File.ReadAllBytes(file)));
                }
            }
        }
        if (new PurgedStylesheet(root, keptStylesheet).Make(Path.Combine(modules, "css", "bootstrap-italia.min.css"), diagnostics) is { } stylesheet)
        {
            files.Add(new OutputFile($"{SiteLayout.Folder}/assets/bootstrap-italia/css/bootstrap-italia.min.css", stylesheet));
        }
        Add(Path.Combine(modules, "fonts", "Titillium_Web"), "*.woff2", "assets/bootstrap-italia/fonts/Titillium_Web");
        Add(Path.Combine(modules, "fonts", "Titillium_Web"), "OFL.txt", "assets/bootstrap-italia/fonts/Titillium_Web");
        Add(Path.Combine(root, ContentLayout.TemplatesFolder, "assets"), "*", "assets", SearchOption.AllDirectories);
        return files;
    }
}
