using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using PianoSite.Diagnostics;
using PianoSite.Pipeline;
using PianoSite.Render.Site;

namespace PianoSite.Serve;

/// <summary>
/// The preview's current <see cref="PreviewSnapshot"/>. A build without errors replaces the site; a build with
/// errors keeps the last good site and only replaces the diagnostics, so that whatever an editor saves, the
/// preview keeps serving a complete site. Only one thread publishes (the rebuild loop); any thread reads.
/// </summary>
internal sealed class PreviewState
{
    private const string SiteFolder = SiteRenderer.Folder + "/";

    // Versions of different server runs never coincide, so a page left open across a restart reloads.
    private readonly string instance = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
    private int generation;
    private PreviewSnapshot current;

    public PreviewState() =>
        current = new PreviewSnapshot(NextVersion(), FrozenDictionary<string, ReadOnlyMemory<byte>>.Empty, [], IsStale: false);

    public PreviewSnapshot Current => Volatile.Read(ref current);

    /// <summary>Publishes a build's result; returns what open pages must reload, or null when nothing served changed.</summary>
    public ReloadEvent? Publish(BuildResult result)
    {
        var before = Current;
        var shown = result.Diagnostics.Where(d => d.IsError || !d.IsAccepted).ToImmutableArray();
        var diagnosticsChanged = !shown.SequenceEqual(before.Diagnostics);
        var files = before.Files;
        var changed = new List<string>();
        if (result.ErrorCount == 0)
        {
            (files, changed) = Merge(before.Files, result);
        }
        var isStale = result.ErrorCount > 0 && files.Count > 0;
        if (changed.Count == 0 && !diagnosticsChanged && isStale == before.IsStale)
        {
            return null;
        }
        var snapshot = new PreviewSnapshot(NextVersion(), files, shown, isStale);
        Volatile.Write(ref current, snapshot);
        // Pages show the diagnostics, and every page uses the shared assets: then all of them reload.
        var all = diagnosticsChanged || isStale != before.IsStale || changed.Exists(path => !ContentTypes.IsHtml(path) && !IsData(path));
        return new ReloadEvent(snapshot.Version, all, [.. changed.Where(ContentTypes.IsHtml).Select(SitePaths.UrlPath)]);
    }

    /// <summary>The new site, reusing the previous bytes of every file that did not change, and the paths that did.</summary>
    private static (FrozenDictionary<string, ReadOnlyMemory<byte>> Files, List<string> Changed) Merge(
        FrozenDictionary<string, ReadOnlyMemory<byte>> previous, BuildResult result)
    {
        var next = new Dictionary<string, ReadOnlyMemory<byte>>(StringComparer.Ordinal);
        var changed = new List<string>();
        foreach (var file in result.Files.Where(f => f.Path.StartsWith(SiteFolder, StringComparison.Ordinal)))
        {
            var key = file.Path[SiteFolder.Length..];
            if (previous.TryGetValue(key, out var old) && old.Span.SequenceEqual(file.Content.Span))
            {
                next[key] = old;
            }
            else
            {
                next[key] = file.Content;
                changed.Add(key);
            }
        }
        changed.AddRange(previous.Keys.Where(key => !next.ContainsKey(key)));
        changed.Sort(StringComparer.Ordinal);
        return (changed.Count == 0 ? previous : next.ToFrozenDictionary(StringComparer.Ordinal), changed);
    }

    // Open data files are downloads, not something a page is made of.
    /// <summary>
    /// Files no page embeds: the open data and the search index (Pagefind rewrites its fragments whenever a text
    /// changes, and the search page fetches them afresh on each query). They never make every page reload.
    /// </summary>
    private static bool IsData(string path) =>
        path.StartsWith("dati/", StringComparison.Ordinal) || path.StartsWith("pagefind/", StringComparison.Ordinal);

    private string NextVersion() =>
        $"{instance}-{(++generation).ToString(CultureInfo.InvariantCulture)}";
}
