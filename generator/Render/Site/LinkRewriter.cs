using System.Buffers;
using System.Text;

namespace PianoSite.Render.Site;

/// <summary>
/// Templates and view models link with site-absolute paths ("/missioni/m1/#obiettivo-m1-4"): readable, and the
/// same on every page. This makes each one relative to the page and explicit about index.html, so the site
/// works from any folder of any static host and even opened from disk. It is a writer in front of another, so
/// that a page is rewritten while it is rendered, without a copy of the whole page (a large plan's pages run to
/// tens of megabytes); <see cref="Rewrite"/> does the same for a page already in a string.
/// </summary>
/// <param name="output">where the rewritten page goes.</param>
/// <param name="pagePath">the page's folder below the site ("missioni/m1/"; "" for the home page).</param>
public sealed class LinkRewriter(TextWriter output, string pagePath) : TextWriter
{
    private static readonly string[] LinkAttributes = ["data-href", "srcset", "action", "href", "src"];
    private static readonly byte[][] LinkAttributesUtf8 = [.. LinkAttributes.Select(Encoding.ASCII.GetBytes)];

    /// <summary>Characters kept before the unwritten text, enough to read the longest attribute name and the character before it.</summary>
    private const int Context = 16;

    /// <summary>Past this many buffered characters, the ones no unfinished link can reach are written out.</summary>
    private const int DrainAt = 32 * 1024;

    private readonly string toRoot = ToRoot(pagePath);
    private char[] pending = new char[256];   // grows as text comes: a row rewritten alone (RenderedRow) needs little
    private int length;

    /// <summary>Where the text not yet written out starts in the buffer; what comes before is kept only to be read.</summary>
    private int written;

    /// <summary>The buffer length at which to drain next: further each time a link stays unfinished, so a quote never closed costs no quadratic rescanning.</summary>
    private int drainAt = DrainAt;

    public override Encoding Encoding => output.Encoding;

    public static string Rewrite(string html, string pagePath)
    {
        if (!html.Contains("=\"/", StringComparison.Ordinal))
        {
            return html;
        }
        using var result = new StringWriter(new StringBuilder(html.Length + html.Length / 8));
        using (var rewriter = new LinkRewriter(result, pagePath))
        {
            rewriter.Write(html);
        }
        return result.ToString();
    }

    public override void Write(char value) => Write([value]);

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (length + buffer.Length > pending.Length)
        {
            Array.Resize(ref pending, Math.Max(pending.Length * 2, length + buffer.Length));
        }
        buffer.CopyTo(pending.AsSpan(length));
        length += buffer.Length;
        if (length >= drainAt)
        {
            Drain(final: false);
            drainAt = length + Math.Max(DrainAt, length - written);
        }
    }

    /// <summary>
    /// Writes out everything buffered, as a flush does, when the text written so far ends where no link can be
    /// unfinished (no «=» waiting for its value): then <paramref name="output"/> holds the whole page so far and
    /// the caller may append to it directly. False, and nothing flushed, otherwise.
    /// </summary>
    public bool FlushAtBoundary()
    {
        Drain(final: false);
        if (pending.AsSpan(written, length - written).Contains('='))
        {
            return false;
        }
        Flush();
        return true;
    }

    public override void Flush()
    {
        Drain(final: true);
        output.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }
        base.Dispose(disposing);
    }

    /// <summary>
    /// Writes out the buffered text, each link rewritten, up to the first link that may still be unfinished
    /// (<paramref name="final"/>: all of it). Finds each ="/ with a vectorised search, then looks at the attribute
    /// name before it: several times faster than a regular expression, and no string per link.
    /// </summary>
    private void Drain(bool final)
    {
        var html = pending.AsSpan(0, length);
        var copied = written;
        var stop = final ? length : Math.Max(copied, length - 2);   // a ="/ may be arriving: its =" waits for the /
        for (var at = IndexOfLink(html, copied); at >= 0; at = IndexOfLink(html, at))
        {
            var start = at + 3;
            var close = start < length ? html[start..].IndexOf('"') : -1;
            if (close < 0 && !final)
            {
                stop = at;   // the link is not all here yet
                break;
            }
            if (close < 0 || html[start] == '/' || !IsLinkAttribute(html[..at]))
            {
                at++;
                continue;
            }
            close += start;
            var target = html[start..close];
            var suffixAt = target.IndexOfAny('#', '?');
            var path = suffixAt < 0 ? target : target[..suffixAt];
            output.Write(html[copied..(at + 2)]);
            output.Write(toRoot);
            output.Write(path);
            if (path.Length == 0 || path[^1] == '/')
            {
                output.Write("index.html");
            }
            output.Write(suffixAt < 0 ? [] : target[suffixAt..]);
            output.Write('"');
            copied = at = close + 1;
            stop = Math.Max(stop, copied);
        }
        output.Write(html[copied..stop]);
        // Keep what is unwritten, and a little before it to read the attribute name of a link that starts there.
        var keep = Math.Max(0, stop - Context);
        html[keep..].CopyTo(pending);
        length -= keep;
        written = stop - keep;
    }

    private static int IndexOfLink(ReadOnlySpan<char> html, int from)
    {
        var found = html[from..].IndexOf("=\"/", StringComparison.Ordinal);
        return found < 0 ? -1 : from + found;
    }

    /// <summary>Whether the text before ="/ ends with one of the link attributes, as a whole word.</summary>
    private static bool IsLinkAttribute(ReadOnlySpan<char> before)
    {
        foreach (var name in LinkAttributes)
        {
            if (before.EndsWith(name, StringComparison.Ordinal)
                && (before.Length == name.Length || !IsWordCharacter(before[^(name.Length + 1)])))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>
    /// <see cref="Rewrite"/> on text in UTF-8, without decoding it: an objective's row placed at a page's depth
    /// (<see cref="Templates.RememberedBlock.PlacedAt"/>). Everything the rewriting looks for is ASCII, which in
    /// UTF-8 is never part of another character; the one non-ASCII case, the character before an attribute's name,
    /// is decoded. The same bytes as encoding what <see cref="Rewrite"/> gives for the decoded text.
    /// </summary>
    /// <returns>the rewritten bytes, or <paramref name="html"/> itself when it holds no site-absolute link.</returns>
    public static byte[] RewriteUtf8(byte[] html, string pagePath)
    {
        var text = html.AsSpan();
        if (text.IndexOf("=\"/"u8) < 0)
        {
            return html;
        }
        var toRoot = Encoding.UTF8.GetBytes(ToRoot(pagePath));
        var output = new ArrayBufferWriter<byte>(html.Length + html.Length / 8);
        var copied = 0;
        for (var at = IndexOfLink(text, 0); at >= 0; at = IndexOfLink(text, at))
        {
            var start = at + 3;
            var close = start < text.Length ? text[start..].IndexOf((byte)'"') : -1;
            if (close < 0 || text[start] == '/' || !IsLinkAttribute(text[..at]))
            {
                at++;
                continue;
            }
            close += start;
            var target = text[start..close];
            var suffixAt = target.IndexOfAny((byte)'#', (byte)'?');
            var path = suffixAt < 0 ? target : target[..suffixAt];
            output.Write(text[copied..(at + 2)]);
            output.Write(toRoot);
            output.Write(path);
            if (path.Length == 0 || path[^1] == '/')
            {
                output.Write("index.html"u8);
            }
            output.Write(suffixAt < 0 ? [] : target[suffixAt..]);
            output.Write("\""u8);
            copied = at = close + 1;
        }
        output.Write(text[copied..]);
        return output.WrittenSpan.ToArray();
    }

    /// <summary>The way up from a page's folder to the site's root: "../" once per folder.</summary>
    private static string ToRoot(string pagePath) => string.Concat(Enumerable.Repeat("../", pagePath.Count(c => c == '/')));

    private static int IndexOfLink(ReadOnlySpan<byte> html, int from)
    {
        var found = html[from..].IndexOf("=\"/"u8);
        return found < 0 ? -1 : from + found;
    }

    /// <summary><see cref="IsLinkAttribute(ReadOnlySpan{char})"/> on UTF-8.</summary>
    private static bool IsLinkAttribute(ReadOnlySpan<byte> before)
    {
        foreach (var name in LinkAttributesUtf8)
        {
            if (before.EndsWith(name) && (before.Length == name.Length || !IsWordCharacterBefore(before[..^name.Length])))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the character that ends <paramref name="text"/> is a word character, as <see cref="IsWordCharacter"/> sees the last UTF-16 unit.</summary>
    private static bool IsWordCharacterBefore(ReadOnlySpan<byte> text)
    {
        if (text[^1] < 0x80)
        {
            return IsWordCharacter((char)text[^1]);
        }
        // A character outside the Basic Multilingual Plane ends, in UTF-16, with a low surrogate: not a word character.
        return Rune.DecodeLastFromUtf8(text, out var rune, out _) == System.Buffers.OperationStatus.Done && rune.IsBmp && IsWordCharacter((char)rune.Value);
    }
}
