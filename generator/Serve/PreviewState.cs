using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using PianoSite.Diagnostics;
using PianoSite.Pipeline;
using PianoSite.Render.Site;
using PianoSite.Output;

namespace PianoSite.Serve;

/// <summary>
/// The preview's current <see cref="PreviewSnapshot"/>. A build without errors replaces the site; a build with
/// errors keeps the last good site and only replaces the diagnostics, so that whatever an editor saves, the
/// preview keeps serving a complete site. Only one thread publishes (the rebuild loop); any thread reads.
/// </summary>
internal sealed class PreviewState
{
    private const string SiteFolder = SiteLayout.Folder + "/";

    // Versions of different server runs never coincide, so a page left open across a restart reloads.
    private readonly string instance = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
    private int generation;
    private PreviewSnapshot current;

    public PreviewState() =>
        current = new PreviewSnapshot(NextVersion(), FrozenDictionary<string, ReadOnlyMemory<byte>>.Empty, [], IsStale: false);

    public PreviewSnapshot Current => Volatile.Read(ref current);

    /// <summary>Publishes a build's result; returns what open pages must reload, or null when nothing served changed.</summary>
    public ReloadEvent? Publish(BuildResult result) => Publish(result, isPart: false);

    /// <summary>
    /// Publishes the first part of a rebuild without errors (<see cref="RunProfile.Pages"/>, the pages open
    /// in a browser): the pages it made replace theirs, every other file is served as before until the complete
    /// rebuild is published.
    /// </summary>
    public ReloadEvent? PublishPages(BuildResult result)
    {
        if (result.ErrorCount > 0)
        {
            throw new ArgumentException("a part of a rebuild with errors is not published: the errors are the rebuild's result", nameof(result));
        }
        return Publish(result, isPart: true);
    }

    private ReloadEvent? Publish(BuildResult result, bool isPart)
    {
        var before = Current;
        var shown = result.Diagnostics.Where(d => d.IsError || !d.IsAccepted).ToImmutableArray();
        var diagnosticsChanged = !shown.SequenceEqual(before.Diagnostics);
        var files = before.Files;
        var changed = new List<string>();
        if (result.ErrorCount == 0)
        {
            (files, changed) = Merge(before.Files, result, isPart);
        }
        var isStale = result.ErrorCount > 0 && files.Count > 0;
        if (changed.Count == 0 && !diagnosticsChanged && isStale == before.IsStale)
        {
            return null;
        }
        var snapshot = new PreviewSnapshot(NextVersion(), files, shown, isStale);
        Volatile.Write(ref current, snapshot);
        // Pages show the diagnostics, and every page uses the shared assets (styles, scripts, fonts, icons):
        // then all of them reload. Other files (open data, the search index, the sitemap) are not part of how
        // a page looks; a page that reads them gets them fresh on its next load.
        var all = diagnosticsChanged || isStale != before.IsStale || changed.Exists(IsSharedAsset);
        return new ReloadEvent(snapshot.Version, all, [.. changed.Where(ContentTypes.IsHtml).Select(SitePaths.UrlPath)]);
    }

    /// <summary>The new site, reusing the previous bytes of every file that did not change, and the paths that did.</summary>
    /// <param name="isPart">the result holds some of the files only: the others stay.</param>
    private static (FrozenDictionary<string, ReadOnlyMemory<byte>> Files, List<string> Changed) Merge(
        FrozenDictionary<string, ReadOnlyMemory<byte>> previous, BuildResult result, bool isPart)
    {
        var next = isPart
            ? new Dictionary<string, ReadOnlyMemory<byte>>(previous, StringComparer.Ordinal)
            : new Dictionary<string, ReadOnlyMemory<byte>>(StringComparer.Ordinal);
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

    private static bool IsSharedAsset(string path) => path.StartsWith("assets/", StringComparison.Ordinal);

    private string NextVersion() =>
        $"{instance}-{(++generation).ToString(CultureInfo.InvariantCulture)}";
}
