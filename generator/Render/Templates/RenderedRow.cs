using System.Text;

namespace PianoSite.Render.Templates;

/// <summary>
/// A row of an objectives table as its row template rendered it (<see cref="RowCache"/>), repeated on every page
/// that lists the objective. It is kept in UTF-8, with the site-absolute links the templates write, and also as it
/// is placed on a page — its links made relative for the page's depth — once per depth: a page then copies those
/// bytes instead of rewriting and encoding the row again, and the verify stage reads them once instead of once per
/// page (see <see cref="Write.RepeatedBlock"/>).
/// </summary>
public sealed class RenderedRow
{
    private readonly byte[] utf8;

    /// <summary>The row's bytes as placed on pages at each depth (index: folders below the site's root).</summary>
    private byte[]?[] placed = [];

    public RenderedRow(string html)
    {
        utf8 = Encoding.UTF8.GetBytes(html);
        StartsWithTag = html.AsSpan().TrimStart(" \t\r\n").StartsWith('<');
    }

    /// <summary>The row's length in UTF-8.</summary>
    public int Utf8Length => utf8.Length;

    /// <summary>The row as rendered, links site-absolute.</summary>
    public string Html => Encoding.UTF8.GetString(utf8);

    /// <summary>Whether the row starts with a tag (after blanks): it can be placed between two tags of a page.</summary>
    public bool StartsWithTag { get; }

    /// <summary>
    /// The row's bytes on a page <paramref name="depth"/> folders below the site's root, made by
    /// <paramref name="place"/> from the row's UTF-8 (links site-absolute; not to be changed) the first time a page
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
