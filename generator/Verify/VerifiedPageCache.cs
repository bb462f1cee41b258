using System.Collections.Concurrent;
using PianoSite.Write;

namespace PianoSite.Verify;

/// <summary>
/// The first pass of <see cref="SiteVerifier"/> is a function of one page's bytes: a pipeline that runs again
/// (the preview) keeps each page's result and parses again only the pages whose bytes changed. The second pass,
/// links against the whole site, always runs in full, so a page removed elsewhere is still caught.
/// </summary>
public sealed class VerifiedPageCache
{
    private readonly ConcurrentDictionary<string, (ReadOnlyMemory<byte> Content, VerifiedPage Page)> pages = new(StringComparer.Ordinal);

    /// <summary>The page's result, from the cache when its bytes are unchanged.</summary>
    public VerifiedPage GetOrCheck(OutputFile page, Func<VerifiedPage> check)
    {
        if (pages.TryGetValue(page.Path, out var cached) && cached.Content.Span.SequenceEqual(page.Content.Span))
        {
            return cached.Page;
        }
        var verified = check();
        pages[page.Path] = (page.Detached().Content, verified);   // a pooled page's buffer goes back to its pool once written
        return verified;
    }

    /// <summary>Forgets the pages that are no longer in the site.</summary>
    /// <param name="current">the site's pages now.</param>
    public void KeepOnly(IEnumerable<VerifiedPage> current)
    {
        var paths = current.Select(p => p.OutputPath).ToHashSet(StringComparer.Ordinal);
        foreach (var path in pages.Keys.Where(p => !paths.Contains(p)))
        {
            pages.TryRemove(path, out _);
        }
    }
}
