using System.Collections.Frozen;
using System.Diagnostics;
using System.Globalization;
using PianoSite.Diagnostics;
using PianoSite.Search;
using PianoSite.Write;
using PianoSite.Output;

namespace PianoSite.Serve;

/// <summary>
/// The search index of the preview, built by the same <see cref="PagefindIndex"/> as a build, from the pages
/// being served, but only when a page asks for it (the search page loads /pagefind/…): Pagefind takes longer
/// than the rest of a rebuild, and most saves are not followed by a search. Built once per set of pages;
/// requests arriving while it is built wait for it.
/// </summary>
internal sealed class PreviewSearchIndex(string templatesRoot, TextWriter log, TimeProvider time) : IDisposable
{
    public const string UrlPrefix = "/" + SiteLayout.SearchFolder + "/";

    private readonly SemaphoreSlim gate = new(1, 1);
    private Built? built;

    private sealed record Built(FrozenDictionary<string, ReadOnlyMemory<byte>> Pages, FrozenDictionary<string, ReadOnlyMemory<byte>> Files);

    /// <summary>The index files of the snapshot's pages, by path below site/ ("pagefind/pagefind.js").</summary>
    public async Task<FrozenDictionary<string, ReadOnlyMemory<byte>>> FilesForAsync(PreviewSnapshot snapshot, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            // Unchanged pages keep their very bytes from build to build (PreviewState), so comparing the
            // page set by reference is exact and cheap.
            if (built is { } current && SamePages(current.Pages, snapshot.Files))
            {
                return current.Files;
            }
            var pages = snapshot.Files.Where(f => ContentTypes.IsHtml(f.Key)).ToFrozenDictionary(StringComparer.Ordinal);
            var diagnostics = new DiagnosticBag();
            var clock = Stopwatch.StartNew();
            var output = await Task.Run(() => Index(pages, diagnostics), cancellationToken);
            var now = time.GetLocalNow().ToString("HH:mm:ss", CultureInfo.InvariantCulture);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{now} indice di ricerca → {clock.ElapsedMilliseconds} ms, {pages.Count} pagine indicizzate"));
            foreach (var diagnostic in diagnostics.Items)
            {
                log.WriteLine($"  {diagnostic}");
            }
            log.Flush();
            var prefix = SiteLayout.Folder + "/";
            var files = output.ToFrozenDictionary(f => f.Path[prefix.Length..], f => f.Content, StringComparer.Ordinal);
            built = new Built(pages, files);
            return files;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Pagefind reads a site from disk: the pages go to a temporary folder first.</summary>
    private IReadOnlyList<OutputFile> Index(FrozenDictionary<string, ReadOnlyMemory<byte>> pages, DiagnosticBag diagnostics)
    {
        var writer = new MemoryOutputWriter();
        foreach (var (path, content) in pages)
        {
            writer.Add(new OutputFile($"{SiteLayout.Folder}/{path}", content));
        }
        using var folder = writer.OpenSiteFolder();
        return new PagefindIndex(templatesRoot).Build(folder.Path, diagnostics);
    }

    public void Dispose() => gate.Dispose();

    private static bool SamePages(FrozenDictionary<string, ReadOnlyMemory<byte>> indexed, FrozenDictionary<string, ReadOnlyMemory<byte>> site)
    {
        var count = 0;
        foreach (var (path, content) in site)
        {
            if (!ContentTypes.IsHtml(path))
            {
                continue;
            }
            count++;
            if (!indexed.TryGetValue(path, out var before) || !before.Equals(content))
            {
                return false;
            }
        }
        return count == indexed.Count;
    }
}
