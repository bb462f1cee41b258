using System.Net;

namespace PianoSite.Verify;

/// <summary>One piece of an HTML page as <see cref="HtmlScanner"/> reads it.</summary>
/// <param name="Name">the tag's name in lower case (start and end tags); empty for text.</param>
/// <param name="Attributes">a start tag's attributes, names in lower case and values decoded; the first of a repeated name wins, as in a browser.</param>
/// <param name="Line">1-based line of the token's first character.</param>
/// <param name="Column">1-based column of the token's first character.</param>
/// <param name="Source">the page, and the token's range in it (<see cref="Text"/> is decoded from it only when asked for).</param>
public readonly record struct HtmlToken(
    HtmlTokenKind Kind, string Name, IReadOnlyList<KeyValuePair<string, string>> Attributes, int Line, int Column, string Source, int Start, int End)
{
    /// <summary>The decoded text of a text token.</summary>
    public string Text => Kind == HtmlTokenKind.Text ? WebUtility.HtmlDecode(Source[Start..End]) : string.Empty;

    public string? Attribute(string name)
    {
        foreach (var attribute in Attributes)
        {
            if (attribute.Key == name)
            {
                return attribute.Value;
            }
        }
        return null;
    }
}

public enum HtmlTokenKind
{
    StartTag,
    EndTag,
    Text,
}

/// <summary>
/// Reads an HTML page as a flat sequence of start tags, end tags and text, with positions, following the HTML
/// tokenizer's rules for what the verify stage needs: comments, doctypes and processing instructions are
/// skipped, the content of script and style (raw text) and of title and textarea (escapable raw text) is not
/// read as markup, attribute values may be double-, single- or unquoted and have their character references
/// decoded. It builds no tree: the verify stage walks a page once, in document order, without holding a DOM
/// of every page of a large site in memory (that was most of the memory and a third of the time of a build).
/// </summary>
public static class HtmlScanner
{
    private static readonly KeyValuePair<string, string>[] NoAttributes = [];

    public static IEnumerable<HtmlToken> Scan(string html)
    {
        var position = new Position(html);
        var at = 0;
        while (at < html.Length)
        {
            var lt = html.IndexOf('<', at);
            var textEnd = lt < 0 ? html.Length : lt;
            if (textEnd > at)
            {
                yield return Text(html, at, textEnd, position);
            }
            if (lt < 0)
            {
                yield break;
            }
            at = lt;
            if (Next(html, at + 1) is '/' && IsAsciiLetter(Next(html, at + 2)))
            {
                var (name, end) = TagName(html, at + 2);
                var (line, column) = position.At(at);
                yield return new HtmlToken(HtmlTokenKind.EndTag, name, NoAttributes, line, column, html, at, end);
                at = SkipPast(html, end, ">");
            }
            else if (IsAsciiLetter(Next(html, at + 1)))
            {
                var (line, column) = position.At(at);
                var (name, end) = TagName(html, at + 1);
                var (attributes, after) = Attributes(html, end);
                yield return new HtmlToken(HtmlTokenKind.StartTag, name, attributes, line, column, html, at, after);
                at = after;
                if (name is "script" or "style" or "title" or "textarea")
                {
                    var close = html.IndexOf("</" + name, at, StringComparison.OrdinalIgnoreCase);
                    at = close < 0 ? html.Length : close;
                }
            }
            else if (html.AsSpan(at).StartsWith("<!--"))
            {
                at = SkipPast(html, at + 4, "-->");
            }
            else if (Next(html, at + 1) is '!' or '?')
            {
                at = SkipPast(html, at + 2, ">");
            }
            else
            {
                // A '<' that starts no tag is text, as in a browser.
                yield return Text(html, at, at + 1, position);
                at++;
            }
        }
    }

    private static HtmlToken Text(string html, int start, int end, Position position)
    {
        var (line, column) = position.At(start);
        return new HtmlToken(HtmlTokenKind.Text, string.Empty, NoAttributes, line, column, html, start, end);
    }

    private static (string Name, int End) TagName(string html, int start)
    {
        var end = start;
        while (end < html.Length && !char.IsWhiteSpace(html[end]) && html[end] is not ('/' or '>'))
        {
            end++;
        }
        return (html[start..end].ToLowerInvariant(), end);
    }

    private static (IReadOnlyList<KeyValuePair<string, string>> Attributes, int After) Attributes(string html, int at)
    {
        List<KeyValuePair<string, string>>? attributes = null;
        while (true)
        {
            while (at < html.Length && (char.IsWhiteSpace(html[at]) || html[at] == '/'))
            {
                at++;
            }
            if (at >= html.Length || html[at] == '>')
            {
                return (attributes ?? (IReadOnlyList<KeyValuePair<string, string>>)NoAttributes, Math.Min(at + 1, html.Length));
            }
            var nameStart = at;
            while (at < html.Length && !char.IsWhiteSpace(html[at]) && html[at] is not ('/' or '>' or '='))
            {
                at++;
            }
            var name = html[nameStart..at].ToLowerInvariant();
            while (at < html.Length && char.IsWhiteSpace(html[at]))
            {
                at++;
            }
            var value = string.Empty;
            if (at < html.Length && html[at] == '=')
            {
                at++;
                while (at < html.Length && char.IsWhiteSpace(html[at]))
                {
                    at++;
                }
                int valueStart, valueEnd;
                if (at < html.Length && html[at] is '"' or '\'')
                {
                    valueStart = at + 1;
                    valueEnd = html.IndexOf(html[at], valueStart);
                    valueEnd = valueEnd < 0 ? html.Length : valueEnd;
                    at = Math.Min(valueEnd + 1, html.Length);
                }
                else
                {
                    valueStart = at;
                    while (at < html.Length && !char.IsWhiteSpace(html[at]) && html[at] != '>')
                    {
                        at++;
                    }
                    valueEnd = at;
                }
                value = WebUtility.HtmlDecode(html[valueStart..valueEnd]);
            }
            attributes ??= [];
            if (!attributes.Exists(a => a.Key == name))
            {
                attributes.Add(new(name, value));
            }
        }
    }

    private static int SkipPast(string html, int from, string terminator)
    {
        var end = html.IndexOf(terminator, Math.Min(from, html.Length), StringComparison.Ordinal);
        return end < 0 ? html.Length : end + terminator.Length;
    }

    private static char Next(string html, int index) => index < html.Length ? html[index] : '\0';

    private static bool IsAsciiLetter(char c) => char.IsAsciiLetter(c);

    /// <summary>Line and column of increasing offsets, counting each newline once over the whole page.</summary>
    private sealed class Position(string html)
    {
        private int offset;
        private int line = 1;
        private int lineStart;

        public (int Line, int Column) At(int index)
        {
            for (; offset < index; offset++)
            {
                if (html[offset] == '\n')
                {
                    line++;
                    lineStart = offset + 1;
                }
            }
            return (line, index - lineStart + 1);
        }
    }
}
