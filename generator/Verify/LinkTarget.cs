namespace PianoSite.Verify;

/// <summary>
/// Where the relative links of a page lead: the render stage writes every link relative to its page and explicit
/// about index.html ("../../pnrr/m1c1/index.html#x"), and the verify stage resolves it back to a file of the site.
/// </summary>
public static class LinkTarget
{
    /// <summary>The site file (its path below site/) a relative link of a page leads to, or null when it leads above the site.</summary>
    public static string? Resolve(string pageFile, string href)
    {
        var suffixAt = href.AsSpan().IndexOfAny('#', '?');
        var path = suffixAt < 0 ? href.AsSpan() : href.AsSpan(0, suffixAt);
        if (path.Length == 0)
        {
            return pageFile;
        }
        const string Index = "/index.html";
        var folder = pageFile.AsSpan(0, pageFile.LastIndexOf('/') + 1);
        var resolved = new SegmentStack(folder.Length + path.Length + Index.Length, folder.Count('/') + path.Count('/') + 1);
        foreach (var range in folder.Split('/'))
        {
            if (!folder[range].IsEmpty)
            {
                resolved.Push(folder[range]);
            }
        }
        foreach (var range in path.Split('/'))
        {
            var segment = path[range];
            if (segment.SequenceEqual(".."))
            {
                if (!resolved.TryPop())
                {
                    return null;
                }
            }
            else if (!segment.IsEmpty && !segment.SequenceEqual("."))
            {
                resolved.Push(segment);
            }
        }
        return !path.EndsWith('/') ? resolved.ToString(string.Empty) : resolved.IsEmpty ? Index[1..] : resolved.ToString(Index);
    }

    /// <summary>A path built segment by segment ("a/b/c"), with the last segment removable, in one array.</summary>
    private ref struct SegmentStack(int characters, int segments)
    {
        private readonly Span<char> path = new char[characters];
        private readonly Span<int> starts = new int[segments];
        private int length;
        private int count;

        public void Push(ReadOnlySpan<char> segment)
        {
            if (count > 0)
            {
                path[length++] = '/';
            }
            starts[count++] = length;
            segment.CopyTo(path[length..]);
            length += segment.Length;
        }

        public bool TryPop()
        {
            if (count == 0)
            {
                return false;
            }
            length = --count == 0 ? 0 : starts[count] - 1;
            return true;
        }

        public readonly bool IsEmpty => count == 0;

        public readonly string ToString(string suffix) => string.Concat(path[..length], suffix);
    }
}
