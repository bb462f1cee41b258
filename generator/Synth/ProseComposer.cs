using System.Text;

namespace PianoSite.Synth;

/// <summary>
/// Composes Markdown from the sentences of a <see cref="WordSource"/>: paragraphs with the bold openings and
/// the bullet lists the real plan uses, of a requested length.
/// </summary>
public sealed class ProseComposer(WordSource words, SynthRandom random)
{
    /// <summary>A driver's or a page's body: paragraphs, now and then a list, about <paramref name="length"/> characters.</summary>
    public string Body(int length)
    {
        var text = new StringBuilder();
        var paragraphs = 0;
        while (text.Length < length)
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }
            if (paragraphs >= 2 && random.Chance(25))
            {
                List(text, random.Between(3, 5));
            }
            else
            {
                Paragraph(text, random.Between(2, 5), boldOpening: random.Chance(30));
            }
            paragraphs++;
        }
        return text.Append('\n').ToString();
    }

    /// <summary>A mission's introduction: one or two sentences with a bold clause, as in the real missions.</summary>
    public string Intro()
    {
        var text = new StringBuilder();
        var first = random.Pick(words.IntroSentences);
        var second = random.Pick(words.Sentences);
        text.Append(Bold(first)).Append(' ').Append(second);
        return text.ToString();
    }

    public string Lead() => random.Pick(words.Leads);

    public string Subtitle() => random.Pick(words.Subtitles);

    /// <summary>One objective's text: two or three clauses of real objectives, never the same text twice.</summary>
    public string ObjectiveText(ISet<string> used)
    {
        for (var clauses = 2; ; clauses++)
        {
            for (var attempt = 0; attempt < 20; attempt++)
            {
                var parts = Enumerable.Range(0, clauses).Select(i => i == 0 ? Capitalised(random.Pick(words.Clauses)) : Continued(random.Pick(words.Clauses)));
                var text = string.Join(", ", parts);
                if (used.Add(text))
                {
                    return text;
                }
            }
        }
    }

    /// <summary>Two or three words of the real drivers' titles.</summary>
    public string DriverTitle()
    {
        var count = random.Between(2, 3);
        var title = string.Join(' ', Enumerable.Range(0, count).Select(_ => random.Pick(words.DriverTitleWords)));
        return Capitalised(title.ToLowerInvariant());
    }

    private void Paragraph(StringBuilder text, int sentences, bool boldOpening)
    {
        for (var i = 0; i < sentences; i++)
        {
            var sentence = random.Pick(words.Sentences);
            if (i > 0)
            {
                text.Append(' ');
            }
            text.Append(i == 0 && boldOpening ? Bold(sentence) : sentence);
        }
    }

    private void List(StringBuilder text, int items)
    {
        for (var i = 0; i < items; i++)
        {
            if (i > 0)
            {
                text.Append('\n');
            }
            var item = random.Pick(words.ListItems);
            text.Append("- ").Append(random.Chance(30) ? Bold(item) : item);
        }
    }

    /// <summary>
    /// Emboldens the sentence up to its first comma ("**promuovere la transizione digitale,** sia …"): the
    /// closing ** follows the comma, so CommonMark always sees it as closing.
    /// </summary>
    private static string Bold(string sentence)
    {
        var comma = sentence.IndexOf(", ", StringComparison.Ordinal);
        return comma < 0 ? $"**{sentence}**" : $"**{sentence[..(comma + 1)]}**{sentence[(comma + 1)..]}";
    }

    /// <summary>A clause that continues a sentence starts in lower case, unless it starts with an acronym (PNRR, SIT).</summary>
    private static string Continued(string clause) =>
        clause.Length > 1 && char.IsUpper(clause[0]) && !char.IsUpper(clause[1]) ? char.ToLowerInvariant(clause[0]) + clause[1..] : clause;

    private static string Capitalised(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
