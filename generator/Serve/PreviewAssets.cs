using System.Collections.Frozen;
using PianoSite.Render.Site;
using PianoSite.Write;
using PianoSite.Output;

namespace PianoSite.Serve;

/// <summary>The preview's own files (live-reload script, diagnostics panel style), built into the program.</summary>
internal sealed class PreviewAssets
{
    private readonly FrozenDictionary<string, ReadOnlyMemory<byte>> files;

    private PreviewAssets(FrozenDictionary<string, ReadOnlyMemory<byte>> files) => this.files = files;

    public static PreviewAssets Load()
    {
        var assembly = typeof(PreviewAssets).Assembly;
        var files = new Dictionary<string, ReadOnlyMemory<byte>>(StringComparer.Ordinal);
        foreach (var path in new[] { PreviewPages.ScriptPath, PreviewPages.StylesheetPath })
        {
            var resource = $"PianoSite.Serve.Assets.{Path.GetFileName(path)}";
            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"resource {resource} is missing from the build");
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            files[path] = buffer.ToArray();
        }
        return new PreviewAssets(files.ToFrozenDictionary(StringComparer.Ordinal));
    }

    public bool TryGet(string path, out ReadOnlyMemory<byte> content) => files.TryGetValue(path, out content);

    /// <summary>The same files as part of the website (site/_preview/…), for the pipeline: pages link to them.</summary>
    public IReadOnlyList<OutputFile> AsSiteFiles() =>
        [.. files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => new OutputFile($"{SiteLayout.Folder}{f.Key}", f.Value))];
}
