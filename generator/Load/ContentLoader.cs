using System.Collections.Immutable;
using PianoSite.Diagnostics;

namespace PianoSite.Load;

/// <summary>Stage 1, load: finds and reads the content files of a plan.</summary>
public static class ContentLoader
{
    public static ContentSet Load(string root, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(Path.Combine(root, ContentLayout.ContentFolder)))
        {
            diagnostics.Error(Codes.MissingFolder, SourceSpan.WholeFile(ContentLayout.ContentFolder),
                $"la cartella dei contenuti non esiste in {Path.GetFullPath(root)}: indicare la radice del piano con --root");
            return new ContentSet(null, null, null, [], [], []);
        }

        ReportUnexpectedFiles(root, diagnostics);
        return new ContentSet(
            Plan: ReadRequired(root, ContentLayout.PlanFile, diagnostics),
            Pnrr: ReadRequired(root, ContentLayout.PnrrFile, diagnostics),
            Checks: ReadOptional(root, ContentLayout.ChecksFile, diagnostics),
            Missions: ReadFolder(root, ContentLayout.MissionsFolder, ".yml", diagnostics),
            Drivers: ReadFolder(root, ContentLayout.DriversFolder, ".md", diagnostics),
            Pages: ReadFolder(root, ContentLayout.PagesFolder, ".md", diagnostics),
            Catalogue: ReadOptional(root, ContentLayout.CatalogueFile, diagnostics));
    }

    /// <summary>The content files that would be read, in the order they are read (used by the preview's watcher too).</summary>
    public static IEnumerable<string> ContentPaths(string root, string folder, string extension)
    {
        var fullFolder = Path.Combine(root, folder);
        if (!Directory.Exists(fullFolder))
        {
            return [];
        }
        return Directory.EnumerateFiles(fullFolder)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => !ContentLayout.IsEditorArtefact(name) && name.EndsWith(extension, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => $"{folder}/{name}");
    }

    private static SourceFile? ReadRequired(string root, string path, DiagnosticBag diagnostics)
    {
        if (File.Exists(Path.Combine(root, path)))
        {
            return SourceReader.Read(root, path, diagnostics);
        }
        diagnostics.Error(Codes.MissingFile, SourceSpan.WholeFile(path), $"manca il file obbligatorio {path}");
        return null;
    }

    private static SourceFile? ReadOptional(string root, string path, DiagnosticBag diagnostics) =>
        File.Exists(Path.Combine(root, path)) ? SourceReader.Read(root, path, diagnostics) : null;

    private static ImmutableArray<SourceFile> ReadFolder(string root, string folder, string extension, DiagnosticBag diagnostics) =>
        [.. ContentPaths(root, folder, extension)
            .Select(path => SourceReader.Read(root, path, diagnostics))
            .OfType<SourceFile>()];

    private static void ReportUnexpectedFiles(string root, DiagnosticBag diagnostics)
    {
        var known = new HashSet<string>(StringComparer.Ordinal)
        {
            ContentLayout.PlanFile, ContentLayout.PnrrFile, ContentLayout.ChecksFile, ContentLayout.CatalogueFile,
        };
        var folders = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ContentLayout.MissionsFolder] = ".yml",
            [ContentLayout.DriversFolder] = ".md",
            [ContentLayout.PagesFolder] = ".md",
        };
        var contentRoot = Path.Combine(root, ContentLayout.ContentFolder);
        foreach (var file in Directory.EnumerateFiles(contentRoot, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var name = Path.GetFileName(file);
            var folder = Path.GetDirectoryName(relative)?.Replace('\\', '/') ?? string.Empty;
            var expected = known.Contains(relative)
                || (folders.TryGetValue(folder, out var extension) && name.EndsWith(extension, StringComparison.Ordinal));
            if (!expected && !ContentLayout.IsEditorArtefact(name) && !relative.Split('/').Any(ContentLayout.IsEditorArtefact))
            {
                diagnostics.Warning(Codes.UnexpectedFile, SourceSpan.WholeFile(relative),
                    "file non riconosciuto: non fa parte del piano e viene ignorato", relative);
            }
        }
    }
}
