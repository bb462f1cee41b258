using System.Text;

namespace PianoSite.Render.Templates;

/// <summary>
/// A block of HTML that the «once» helper (<see cref="OnceHelper"/>) rendered once and repeats: an objective's
/// row, on every page that lists the objective. It is kept in UTF-8, with the site-absolute links the templates
/// write, and also as it is placed on a page — its links made relative for the page's depth — once per depth:
/// a page then copies those bytes instead of decoding, rewriting and encoding the row again, and the verify
/// stage reads them once instead of once per page (see <see cref="Write.RepeatedBlock"/>).
/// </summary>
public sealed class RememberedBlock
{
    private readonly byte[] utf8;

    /// <summary>The block from the builder it was rendered into, encoded piece by piece (no string of it is made).</summary>
    public RememberedBlock(StringBuilder html)
    {
        var length = 0;
        foreach (var chunk in html.GetChunks())
        {
            length += Encoding.UTF8.GetByteCount(chunk.Span);
        }
        utf8 = new byte[length];
        var encoder = Encoding.UTF8.GetEncoder();
        var written = 0;
        foreach (var chunk in html.GetChunks())
        {
            written += encoder.GetBytes(chunk.Span, utf8.AsSpan(written), flush: false);
        }
        encoder.GetBytes([], utf8.AsSpan(written), flush: true);   // a block ending in half a surrogate pair: as GetBytes(string) would
        StartsWithTag = utf8.AsSpan().TrimStart(" \t\r\n"u8).StartsWith("<"u8);
    }

    /// <summary>The block's bytes as placed on pages at each depth (index: folders below the site's root).</summary>
    private byte[]?[] placed = [];

    /// <summary>The block's length in UTF-8.</summary>
    public int Utf8Length => utf8.Length;

    /// <summary>The block as rendered, links site-absolute.</summary>
    public string Html => Encoding.UTF8.GetString(utf8);

    /// <summary>Whether the block starts with a tag (after blanks): it can be placed between two tags of a page.</summary>
    public bool StartsWithTag { get; }

    /// <summary>
    /// The block's bytes on a page <paramref name="depth"/> folders below the site's root, made by
    /// <paramref name="place"/> from the block's UTF-8 (links site-absolute; not to be changed) the first time a page
    /// of that depth asks. Every page of the same depth gets the same array. Pages are made in parallel.
    /// </summary>
    public byte[] PlacedAt(int depth, Func<byte[], byte[]> place)
    {
        lock (utf8)
        {
            if (depth >= placed.Length)
            {
                Array.Resize(ref placed, depth + 1);
            }
            return placed[depth] ??= place(utf8);
        }
    }
}
