using System.Collections.Immutable;

namespace PianoSite.Render.Print;

/// <summary>
/// The page of the PDF on which each heading of the table of contents lands, by anchor ("missione-1" → 7),
/// as measured on a printing of the page. Empty before the first printing and for the website-only build.
/// </summary>
public sealed record PrintPageNumbers(ImmutableSortedDictionary<string, int> ByAnchor)
{
    public static PrintPageNumbers None { get; } = new(ImmutableSortedDictionary<string, int>.Empty.WithComparers(StringComparer.Ordinal));

    public int? Find(string anchor) => ByAnchor.TryGetValue(anchor, out var page) ? page : null;

    public bool SameAs(PrintPageNumbers other) =>
        ByAnchor.Count == other.ByAnchor.Count && ByAnchor.All(p => other.Find(p.Key) == p.Value);
}
