using System.Globalization;
using System.Text.RegularExpressions;

namespace PianoSite.Tests.Content;

/// <summary>
/// One non-blank, non-junk line of seed 000, with its 1-based line number. <see cref="OpensBlock"/>: the line
/// follows a blank or junk line, or starts with a space (the extraction's mark of a new text block).
/// </summary>
internal sealed record SeedLine(int Number, string Text, bool OpensBlock)
{
    public override string ToString() => $"seed 000 line {Number} «{Text.Trim()}»";
}

/// <summary>
/// A line's words and how the line is glued to its neighbours: it may start with the second half of a word
/// hyphenated on another line, and end with the first half of one.
/// </summary>
internal sealed record SeedLineWords(SeedLine Line, IReadOnlyList<string> Words, bool StartsWithContinuation, bool EndsWithFragment);

/// <summary>
/// One section of the chapter: 0 is the chapter's introduction (content/pagine/agenda-strategica.md),
/// 1–10 the drivers (content/agenda/NN-*.md), each from its "DRIVER N | TITLE" heading to the next.
/// <see cref="JoinedWords"/> are the section's words with hyphenated words joined, line after line;
/// <see cref="LineEnds"/> where each line's words end among them. <see cref="JoinKeys"/> are the words
/// hyphenated at a line end (hyphen removed): only these may be written with or without their hyphen.
/// </summary>
internal sealed record AgendaSection(
    int Number,
    string? HeadingTitle,
    int HeadingLine,
    IReadOnlyList<SeedLineWords> Lines,
    IReadOnlyList<string> JoinedWords,
    IReadOnlyList<int> LineEnds,
    IReadOnlySet<string> JoinKeys)
{
    /// <summary>
    /// How a word of this section is compared: a word hyphenated at a line end of the seed without its inner
    /// hyphens ("pubblico-privato" and "pubblicoprivato" are the same word), any other word exactly.
    /// </summary>
    public string Canonical(string word)
    {
        var key = FidelityText.Key(word);
        return JoinKeys.Contains(key) ? key : word;
    }

    /// <summary>
    /// A driver's subtitle: the lines right after its heading, up to the first line opening a new block
    /// (after a blank or junk line, or indented like the lead that follows).
    /// </summary>
    public int SubtitleLineCount => Lines.Count == 0 ? 0 : 1 + Lines.Skip(1).TakeWhile(l => !l.Line.OpensBlock).Count();
}

/// <summary>A word hyphenated across two blocks that the 3-column extraction emitted out of order.</summary>
internal sealed record CrossColumnContinuation(int Driver, string Fragment, string Continuation, string Reason);

/// <summary>
/// Seed 000 read as the transcription reads it: junk lines of the page layout dropped, headings recognised,
/// hyphenated words joined again.
/// </summary>
internal sealed partial class AgendaSeed
{
    /// <summary>
    /// The only lines of seed 000 that are not text of the plan, each with the reason it is excused.
    /// Compared with the whole line, spaces trimmed.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> ExcusedLines = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["“"] = "the large decorative quote mark of the pull-quote graphic (driver 1 twice, drivers 3 and 5): a graphic, not text",
        ["DRIVER 1"] = "running header of the pages of driver 1",
        ["DRIVER 2"] = "running header of the pages of driver 2",
        ["DRIVER 3"] = "running header of the pages of driver 3",
        ["02 0403"] = "page/figure labels of the driver 1 spread, run together by the extraction",
    };

    /// <summary>
    /// Hyphenated words whose second half is not on the next line: the extraction emitted the columns of a
    /// page out of order, or the second half starts with a capital (so it cannot be told from a new sentence).
    /// Each one was checked against the printed plan.
    /// </summary>
    public static readonly IReadOnlyList<CrossColumnContinuation> CrossColumnContinuations =
    [
        new(5, "trasfe-", "rimento", "«trasfe-|rimento»: the column ending «trasfe-» is followed by the pull quote; its continuation opens the first block of the page"),
        new(6, "sen-", "so,", "«sen-|so,»: the third column's «In questo sen-» continues at the top of the second column"),
        new(6, "TER-", "NA", "«TER-|NA»: TERNA hyphenated; the continuation is on the next line but starts with a capital"),
        new(8, "promos-", "se", "«promos-|se»: the second column's last line continues at the top of the third column"),
    ];

    private AgendaSeed(int chapterNumber, string chapterTitle, IReadOnlyList<AgendaSection> sections, IReadOnlyList<string> problems)
    {
        ChapterNumber = chapterNumber;
        ChapterTitle = chapterTitle;
        Sections = sections;
        Problems = problems;
    }

    /// <summary>The chapter heading "4. Agenda strategica": its number and title.</summary>
    public int ChapterNumber { get; }

    public string ChapterTitle { get; }

    /// <summary>Section 0 (introduction), then the drivers in the seed's order.</summary>
    public IReadOnlyList<AgendaSection> Sections { get; }

    /// <summary>What could not be read as expected: unresolved hyphenations, unused exceptions.</summary>
    public IReadOnlyList<string> Problems { get; }

    public AgendaSection? Section(int number) => Sections.FirstOrDefault(s => s.Number == number);

    public static AgendaSeed Parse(IReadOnlyList<string> lines)
    {
        var problems = new List<string>();
        var chapterNumber = 0;
        var chapterTitle = string.Empty;
        var raw = new List<(int Number, string? Title, int HeadingLine, List<SeedLine> Lines)>();
        var afterBreak = true;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i];
            var trimmed = text.Trim();
            var opensBlock = afterBreak || (text.Length > 0 && char.IsWhiteSpace(text[0]));
            afterBreak = trimmed.Length == 0 || ExcusedLines.ContainsKey(trimmed);
            if (afterBreak)
            {
                continue;
            }
            if (raw.Count == 0)
            {
                var chapter = ChapterHeading().Match(trimmed);
                if (!chapter.Success)
                {
                    problems.Add($"seed 000 line {i + 1}: expected the chapter heading «N. Title», found «{trimmed}»");
                    return new AgendaSeed(0, string.Empty, [], problems);
                }
                chapterNumber = int.Parse(chapter.Groups[1].Value, CultureInfo.InvariantCulture);
                chapterTitle = chapter.Groups[2].Value.Trim();
                raw.Add((0, null, i + 1, []));
                continue;
            }
            var driver = DriverHeading().Match(trimmed);
            if (driver.Success)
            {
                raw.Add((int.Parse(driver.Groups[1].Value, CultureInfo.InvariantCulture), driver.Groups[2].Value.Trim(), i + 1, []));
                continue;
            }
            raw[^1].Lines.Add(new SeedLine(i + 1, text, opensBlock));
        }

        var used = new HashSet<CrossColumnContinuation>();
        var sections = raw.Select(s => Join(s.Number, s.Title, s.HeadingLine, s.Lines, used, problems)).ToList();
        problems.AddRange(CrossColumnContinuations.Where(c => !used.Contains(c))
            .Select(c => $"listed cross-column continuation {c.Fragment}|{c.Continuation} (driver {c.Driver}) is not needed by the seed: remove it from the list"));
        return new AgendaSeed(chapterNumber, chapterTitle, sections, problems);
    }

    /// <summary>
    /// Undoes the extraction's hyphenation: a line ending with the first half of a word is glued to the first
    /// word of the next line when that starts lower-case or with a digit, otherwise to the listed
    /// <see cref="CrossColumnContinuations"/>. The glued word keeps its hyphen; <see cref="FidelityText.Key"/>
    /// makes it match either form.
    /// </summary>
    private static AgendaSection Join(
        int number, string? title, int headingLine, List<SeedLine> lines, HashSet<CrossColumnContinuation> used, List<string> problems)
    {
        var words = lines.Select(l => FidelityText.Words(l.Text)).ToList();
        var continuationOf = new int?[lines.Count];   // for a line ending with a fragment: the line holding its second half
        var startsWithContinuation = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var last = words[i][^1];
            if (!FidelityText.IsLineEndFragment(last))
            {
                continue;
            }
            int? target = null;
            if (i + 1 < lines.Count && FidelityText.StartsLikeContinuation(words[i + 1][0]) && !startsWithContinuation[i + 1])
            {
                target = i + 1;
            }
            else
            {
                var listed = CrossColumnContinuations.FirstOrDefault(c => c.Driver == number && c.Fragment == last);
                if (listed is null)
                {
                    problems.Add($"{lines[i]} ends with the word fragment «{last}» but the next line does not continue it "
                        + "and it is not a listed cross-column continuation");
                    continue;
                }
                var candidates = Enumerable.Range(0, lines.Count)
                    .Where(k => k != i && words[k][0] == listed.Continuation && !startsWithContinuation[k])
                    .ToList();
                if (candidates.Count != 1)
                {
                    problems.Add($"{lines[i]}: the continuation «{listed.Continuation}» of «{last}» should start exactly one line of driver {number}, found {candidates.Count}");
                    continue;
                }
                used.Add(listed);
                target = candidates[0];
            }
            if (words[target.Value].Length == 1 && FidelityText.IsLineEndFragment(words[target.Value][0]))
            {
                problems.Add($"{lines[target.Value]}: a one-word line both continuing and hyphenated is not supported");
                continue;
            }
            continuationOf[i] = target;
            startsWithContinuation[target.Value] = true;
        }

        var joined = new List<string>();
        var lineEnds = new List<int>();
        var joinKeys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = words[i];
            var from = startsWithContinuation[i] ? 1 : 0;
            var to = continuationOf[i] is null ? line.Length : line.Length - 1;
            joined.AddRange(line[from..Math.Max(from, to)]);
            if (continuationOf[i] is { } target)
            {
                joined.Add(line[^1] + words[target][0]);
                if (line[^1].EndsWith('-'))
                {
                    joinKeys.Add(FidelityText.Key(joined[^1]));
                }
            }
            lineEnds.Add(joined.Count);
        }
        var lineWords = lines.Select((l, i) => new SeedLineWords(l, words[i], startsWithContinuation[i], continuationOf[i] is not null)).ToList();
        return new AgendaSection(number, title, headingLine, lineWords, joined, lineEnds, joinKeys);
    }

    [GeneratedRegex(@"^(\d+)\.\s+(.+)$")]
    private static partial Regex ChapterHeading();

    [GeneratedRegex(@"^DRIVER (\d+) \| (.+)$")]
    private static partial Regex DriverHeading();
}
