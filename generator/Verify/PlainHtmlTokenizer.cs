using System.Collections.Frozen;
using AngleSharp.Html;
using AngleSharp.Html.Parser;

namespace PianoSite.Verify;

/// <summary>
/// A tokenizer for the plain HTML that templates and Markdown produce — tags with quoted attributes, text,
/// comments, the doctype, known character references — that gives up, at the start of the token, on anything else
/// (a stray <c>&lt;</c> or <c>&amp;</c>, an unquoted value with odd characters, a duplicate attribute, a comment
/// inside a script, a carriage return…). Up to that point its tokens are those of the HTML5 tokenizer
/// (AngleSharp's, which <see cref="HtmlScanner"/> then uses from there): the same kinds, names, attributes, text
/// and offsets. It reads a page in place, with no copy of it and no state machine per character: at 10,000
/// objectives the verify stage takes a third less time. <c>HtmlScannerTests</c> holds the two to the same tokens on
/// every page of the real plan and of a synthetic one, and on damaged copies of them.
/// </summary>
internal sealed class PlainHtmlTokenizer(string html, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> names, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>? reported)
{
    private static readonly KeyValuePair<string, string>[] NoAttributes = [];

    /// <summary>Where the next token starts; where the tokenizer gave up, once it has.</summary>
    private int position;

    /// <summary>The element whose raw text comes next (after its start tag), and whether its references are resolved; or null.</summary>
    private (string Element, bool Escapable)? rawTextOf;

    private readonly List<KeyValuePair<string, string>> attributes = [];

    /// <summary>Where the tokenizer stopped: the start of the first token it did not read.</summary>
    public int Position => position;

    /// <summary>
    /// The next token: true with it (null for one not reported: the doctype, text when <paramref name="readsText"/>
    /// is false) and its offset; false at the end of the page or, <see cref="Position"/> before the end, where it
    /// gives up.
    /// </summary>
    public bool TryNext(bool readsText, out HtmlToken? token, out int offset)
    {
        offset = position;
        token = null;
        if (position >= html.Length)
        {
            return false;
        }
        if (rawTextOf is var (element, escapable))
        {
            rawTextOf = null;
            return ReadRawText(element, escapable, out token);
        }
        if (html[position] != '<')
        {
            return ReadText(readsText, out token);
        }
        var next = position + 1 < html.Length ? html[position + 1] : '\0';
        if (char.IsAsciiLetter(next))
        {
            return ReadStartTag(out token);
        }
        if (next == '/')
        {
            return ReadEndTag(out token);
        }
        if (next == '!')
        {
            return ReadDeclaration(out token);
        }
        return false;
    }

    private bool ReadText(bool readsText, out HtmlToken? token)
    {
        token = null;
        var rest = html.AsSpan(position);
        var length = rest.IndexOf('<');
        if (length < 0)
        {
            length = rest.Length;
        }
        else if (!StartsMarkup(rest[length..]))
        {
            return false;   // a '<' that opens nothing is text to the HTML5 tokenizer: read by it
        }
        var text = rest[..length];
        if (text.ContainsAny('\r', '\0'))
        {
            return false;
        }
        if (readsText)
        {
            if (Decoded(text) is not { } decoded)
            {
                return false;
            }
            token = new HtmlToken(HtmlTokenKind.Text, string.Empty, NoAttributes, decoded, 0, 0);
        }
        position += length;
        return true;
    }

    /// <summary>Whether the text at a '&lt;' is a tag, an end tag, a comment or a doctype.</summary>
    private static bool StartsMarkup(ReadOnlySpan<char> at) =>
        at.Length > 1 && (char.IsAsciiLetter(at[1]) || at[1] == '/' && at.Length > 2 && char.IsAsciiLetter(at[2]) || at[1] == '!');

    private bool ReadStartTag(out HtmlToken? token)
    {
        token = null;
        var at = position + 1;
        if (ReadName(ref at) is not { } name)
        {
            return false;
        }
        attributes.Clear();
        while (true)
        {
            at = SkipSpace(at);
            if (at >= html.Length)
            {
                return false;
            }
            if (html[at] == '>')
            {
                at++;
                break;
            }
            if (html[at] == '/')
            {
                if (at + 1 < html.Length && html[at + 1] == '>')
                {
                    at += 2;
                    break;
                }
                return false;
            }
            if (!ReadAttribute(ref at))
            {
                return false;
            }
        }
        switch (HtmlScanner.TextModeAfter(name))
        {
            case HtmlParseMode.Plaintext:
                return false;
            case { } mode:
                rawTextOf = (name, mode == HtmlParseMode.RCData);
                break;
        }
        token = new HtmlToken(HtmlTokenKind.StartTag, name, attributes.Count == 0 ? NoAttributes : [.. attributes], string.Empty, 0, 0);
        position = at;
        return true;
    }

    /// <summary>One attribute, from its name to the end of its value, added when reported; false to give up.</summary>
    private bool ReadAttribute(ref int at)
    {
        var start = at;
        while (at < html.Length && IsNameCharacter(html[at]))
        {
            at++;
        }
        if (at == start || at >= html.Length || !IsNameEnd(html[at]) && html[at] != '=')
        {
            return false;
        }
        var nameSpan = html.AsSpan(start, at - start);
        var (valueStart, valueLength) = (at, 0);
        var after = SkipSpace(at);
        if (after < html.Length && html[after] == '=')
        {
            var quoteAt = SkipSpace(after + 1);
            if (quoteAt >= html.Length || html[quoteAt] is not ('"' or '\''))
            {
                return false;   // unquoted values: read by the HTML5 tokenizer
            }
            var close = html.AsSpan(quoteAt + 1).IndexOf(html[quoteAt]);
            if (close < 0)
            {
                return false;
            }
            (valueStart, valueLength) = (quoteAt + 1, close);
            at = quoteAt + 1 + close + 1;
            if (at < html.Length && !IsNameEnd(html[at]))
            {
                return false;   // another attribute right after the quote
            }
        }
        var raw = html.AsSpan(valueStart, valueLength);
        if (raw.ContainsAny('\r', '\0'))
        {
            return false;
        }
        var name = Lowered(nameSpan);
        if (reported is { } wanted && !wanted.Contains(name))
        {
            return true;   // not reported: a repeat of it, which a browser drops, changes nothing reported either
        }
        foreach (var known in attributes)
        {
            if (known.Key == name)
            {
                return false;   // a browser keeps the first: left to the HTML5 tokenizer's rules
            }
        }
        if (Decoded(raw) is not { } value)
        {
            return false;
        }
        attributes.Add(KeyValuePair.Create(name, value));
        return true;
    }

    private bool ReadEndTag(out HtmlToken? token)
    {
        token = null;
        var at = position + 2;
        if (at >= html.Length || !char.IsAsciiLetter(html[at]) || ReadName(ref at) is not { } name)
        {
            return false;
        }
        at = SkipSpace(at);
        if (at >= html.Length || html[at] != '>')
        {
            return false;   // attributes or a slash in an end tag
        }
        token = new HtmlToken(HtmlTokenKind.EndTag, name, NoAttributes, string.Empty, 0, 0);
        position = at + 1;
        return true;
    }

    /// <summary>A comment or the doctype <c>&lt;!DOCTYPE html&gt;</c>.</summary>
    private bool ReadDeclaration(out HtmlToken? token)
    {
        token = null;
        var rest = html.AsSpan(position);
        if (rest.StartsWith("<!--", StringComparison.Ordinal))
        {
            var body = rest[4..];
            var end = body.IndexOf("-->", StringComparison.Ordinal);
            if (end < 0 || body.StartsWith('>') || body.StartsWith("->", StringComparison.Ordinal))
            {
                return false;
            }
            var text = body[..end];
            if (text.EndsWith('-') || text.Contains("--!", StringComparison.Ordinal) || text.Contains("<!--", StringComparison.Ordinal) || text.ContainsAny('\r', '\0'))
            {
                return false;
            }
            token = new HtmlToken(HtmlTokenKind.Comment, string.Empty, NoAttributes, text.ToString(), 0, 0);
            position += 4 + end + 3;
            return true;
        }
        const string Doctype = "<!DOCTYPE html>";
        if (rest.StartsWith(Doctype, StringComparison.OrdinalIgnoreCase))
        {
            position += Doctype.Length;
            return true;
        }
        return false;
    }

    /// <summary>
    /// The content of a raw text element (script, style) or an escapable one (title, textarea), up to its end tag,
    /// which must be its first '&lt;': the HTML5 tokenizer starts a new piece of text at each '&lt;' of raw text (and a
    /// script's "&lt;!--" changes its state), which is left to it.
    /// </summary>
    private bool ReadRawText(string element, bool escapable, out HtmlToken? token)
    {
        token = null;
        var rest = html.AsSpan(position);
        var length = rest.IndexOf('<');
        var after = length + 2 + element.Length;
        if (length < 0 || after >= rest.Length || rest[length + 1] != '/'
            || !rest.Slice(length + 2, element.Length).Equals(element, StringComparison.OrdinalIgnoreCase) || !IsNameEnd(rest[after]))
        {
            return false;
        }
        var text = rest[..length];
        if (text.ContainsAny('\r', '\0'))
        {
            return false;
        }
        if (length > 0)
        {
            if ((escapable ? Decoded(text) : text.ToString()) is not { } content)
            {
                return false;
            }
            // Reported even when text is not: the HTML5 tokenizer skips only the text outside such elements.
            token = new HtmlToken(HtmlTokenKind.Text, string.Empty, NoAttributes, content, 0, 0);
        }
        position += length;
        return true;
    }

    /// <summary>A tag's name at <paramref name="at"/>, in lower case (a shared string when common), moving past it; null to give up.</summary>
    private string? ReadName(ref int at)
    {
        var start = at;
        while (at < html.Length && (char.IsAsciiLetterOrDigit(html[at]) || html[at] == '-'))
        {
            at++;
        }
        if (at >= html.Length || !IsNameEnd(html[at]))
        {
            return null;
        }
        return Lowered(html.AsSpan(start, at - start));
    }

    private string Lowered(ReadOnlySpan<char> name)
    {
        if (HasUpperCase(name))
        {
            Span<char> lower = name.Length <= 64 ? stackalloc char[name.Length] : new char[name.Length];
            name.ToLowerInvariant(lower);
            return names.TryGetValue(lower, out var knownLower) ? knownLower : lower.ToString();
        }
        return names.TryGetValue(name, out var known) ? known : name.ToString();
    }

    /// <summary>A loop: MemoryExtensions.ContainsAnyInRange boxed every character of the short names it was given.</summary>
    private static bool HasUpperCase(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                return true;
            }
        }
        return false;
    }

    private int SkipSpace(int at)
    {
        while (at < html.Length && IsSpace(html[at]))
        {
            at++;
        }
        return at;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f';

    private static bool IsNameEnd(char c) => IsSpace(c) || c is '/' or '>';

    private static bool IsNameCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ':' or '.';

    /// <summary>
    /// Text with its character references resolved: named ones ending in ';' that the HTML5 tokenizer knows,
    /// numeric ones of ordinary characters. Null for anything else (a bare '&amp;', a legacy reference without ';').
    /// </summary>
    private static string? Decoded(ReadOnlySpan<char> text)
    {
        var amp = text.IndexOf('&');
        if (amp < 0)
        {
            return text.ToString();
        }
        var decoded = new System.Text.StringBuilder(text.Length);
        while (amp >= 0)
        {
            decoded.Append(text[..amp]);
            text = text[(amp + 1)..];
            var end = text.IndexOf(';');
            if (end <= 0 || end > 32 || Reference(text[..end]) is not { } character)
            {
                return null;
            }
            decoded.Append(character);
            text = text[(end + 1)..];
            amp = text.IndexOf('&');
        }
        return decoded.Append(text).ToString();
    }

    /// <summary>The character(s) a reference (between '&amp;' and ';') stands for, or null.</summary>
    private static string? Reference(ReadOnlySpan<char> name)
    {
        if (name[0] != '#')
        {
            foreach (var c in name)
            {
                if (!char.IsAsciiLetterOrDigit(c))
                {
                    return null;
                }
            }
            var symbol = HtmlEntityProvider.Resolver.GetSymbol(string.Concat(name, ";"));
            return string.IsNullOrEmpty(symbol) ? null : symbol;
        }
        var hex = name.Length > 1 && name[1] is 'x' or 'X';
        var digits = name[(hex ? 2 : 1)..];
        if (digits.IsEmpty || digits.Length > 6 || !int.TryParse(digits, hex ? System.Globalization.NumberStyles.AllowHexSpecifier : System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code))
        {
            return null;
        }
        var ordinary = code is 0x09 or 0x0A or (>= 0x20 and <= 0x7E) or (>= 0xA0 and <= 0xD7FF) or (>= 0xE000 and <= 0xFDCF) or (>= 0xFDF0 and <= 0xFFFD)
            || code is >= 0x10000 and <= 0x10FFFD && (code & 0xFFFE) != 0xFFFE;
        return ordinary ? char.ConvertFromUtf32(code) : null;
    }
}
