using System.Text;

namespace PianoSite.Render.Site;

/// <summary>
/// A page's <c>&lt;meta name="description"&gt;</c>: the plan's own words (a mission's introduction, a driver's lead,
/// the vision), as plain text on one line, cut to what a search engine shows under a result. Never rewritten: a
/// text too long keeps its first sentence when that fits, else its first words and an ellipsis.
/// </summary>
public static class MetaDescription
{
    /// <summary>About what search engines show of a description (Google cuts near 155–160 characters).</summary>
    public const int MaxLength = 160;

    /// <summary>A first sentence shorter than this says too little alone: the text is cut at a word instead.</summary>
    private const int MinSentence = 70;

    /// <summary>
    /// The description of <paramref name="plainText"/> (paragraphs separated by blank lines, as
    /// <see cref="Model.Prose.PlainText"/>): its first paragraph, whitespace collapsed, cut to <see cref="MaxLength"/>
    /// characters. Null when there is no text.
    /// </summary>
    public static string? Of(string? plainText)
    {
        if (string.IsNullOrWhiteSpace(plainText))
        {
            return null;
        }
        var paragraph = plainText.Trim();
        var blank = paragraph.IndexOf("\n\n", StringComparison.Ordinal);
        var text = Collapse(blank < 0 ? paragraph : paragraph[..blank]);
        if (text.Length <= MaxLength)
        {
            return text;
        }
        var sentence = LastSentenceEnd(text, MaxLength);
        if (sentence >= MinSentence)
        {
            return text[..sentence];
        }
        var cut = text.LastIndexOf(' ', MaxLength - 1);   // the ellipsis takes the last place
        var head = (cut > 0 ? text[..cut] : text[..(MaxLength - 1)]).TrimEnd(' ', ',', ';', ':', '-', '–', '—', '(');
        return head + "…";
    }

    /// <summary>
    /// The end (after the full stop) of the last sentence that ends within the first <paramref name="max"/>
    /// characters, or -1. A sentence ends at a full stop followed by a space and a capital letter, so that
    /// abbreviations ("P.A. e il sistema", "ecc. e") do not end one.
    /// </summary>
    private static int LastSentenceEnd(string text, int max)
    {
        for (var i = Math.Min(max, text.Length - 2) - 1; i > 0; i--)
        {
            if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && char.IsUpper(text[i + 2]))
            {
                return i + 1;
            }
        }
        return -1;
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }
}
