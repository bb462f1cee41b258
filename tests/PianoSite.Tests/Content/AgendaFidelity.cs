using System.Globalization;
using System.Text.RegularExpressions;
using PianoSite.Model;

namespace PianoSite.Tests.Content;

/// <summary>
/// Compares the Agenda strategica of the content with seed 000. Each check returns the problems it found
/// (empty when the transcription is faithful), so that the tests can also prove the checks fail on broken content.
/// </summary>
internal static partial class AgendaFidelity
{
    public const string IntroPageSlug = "agenda-strategica";

    /// <summary>
    /// The transcription of a section as plain text, Markdown markers (list bullets, emphasis) removed by the
    /// generator's own Markdown pipeline: section 0 is the page's body; a driver is its subtitle, lead and body
    /// (its number and title are the seed's heading, checked by <see cref="HeadingProblems"/>).
    /// </summary>
    public static string? ContentText(Plan plan, int section)
    {
        if (section == 0)
        {
            return plan.FindPage(IntroPageSlug)?.Body.PlainText;
        }
        var driver = plan.Drivers.FirstOrDefault(d => d.Number == section);
        return driver is null ? null : string.Join("\n\n", driver.Subtitle, driver.Lead, driver.Body.PlainText);
    }

    public static string Where(int section) => section == 0 ? $"content/pagine/{IntroPageSlug}.md" : $"driver {section}";

    /// <summary>
    /// Every line of the seed's section is in the transcription of that section, its words contiguous and in
    /// order. The first word may be the second half of a word hyphenated on another line, and the last word the
    /// first half of one: these only have to end, or start, a word of the content.
    /// </summary>
    public static IReadOnlyList<string> LineCoverageProblems(AgendaSeed seed, Plan plan, int section)
    {
        var (seedSection, content, problems) = Inputs(seed, plan, section);
        if (seedSection is null || content is null)
        {
            return problems;
        }
        var contentWords = FidelityText.Words(content);
        foreach (var line in seedSection.Lines)
        {
            if (!Contains(contentWords, line))
            {
                problems.Add($"{line.Line} is not in {Where(section)}");
            }
        }
        return problems;
    }

    /// <summary>
    /// The words of the seed's section (junk lines dropped, hyphenated words joined) are the words of the
    /// transcription, each as many times: nothing dropped, nothing duplicated, nothing added.
    /// </summary>
    public static IReadOnlyList<string> WordCountProblems(AgendaSeed seed, Plan plan, int section)
    {
        var (seedSection, content, problems) = Inputs(seed, plan, section);
        if (seedSection is null || content is null)
        {
            return problems;
        }
        var expected = Count(seedSection.JoinedWords, seedSection);
        var actual = Count(FidelityText.Words(content), seedSection);
        foreach (var (key, count) in expected.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var found = actual.GetValueOrDefault(key);
            if (found < count)
            {
                problems.Add($"{Where(section)}: «{key}» is {count} time(s) in the seed but {found} time(s) in the content (dropped)");
            }
        }
        foreach (var (key, count) in actual.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var inSeed = expected.GetValueOrDefault(key);
            if (count > inSeed)
            {
                problems.Add($"{Where(section)}: «{key}» is {count} time(s) in the content but {inSeed} time(s) in the seed (added or duplicated)");
            }
        }
        return problems;
    }

    /// <summary>
    /// A driver's section of the seed opens with its subtitle (the lines right after the heading, see
    /// <see cref="AgendaSection.SubtitleLineCount"/>) and then its lead, before the body's columns. The front
    /// matter's subtitle is exactly those lines; its lead is exactly the words that follow, up to the end of a
    /// seed line: no words moved between subtitle, lead and body.
    /// </summary>
    public static IReadOnlyList<string> OpeningProblems(AgendaSeed seed, Plan plan, int driverNumber)
    {
        var problems = new List<string>();
        var section = seed.Section(driverNumber);
        var driver = plan.Drivers.FirstOrDefault(d => d.Number == driverNumber);
        if (section is null || driver is null || section.Lines.Count == 0)
        {
            problems.Add($"driver {driverNumber} is missing from the {(driver is null ? "content" : "seed")}");
            return problems;
        }
        var seedKeys = section.JoinedWords.Select(section.Canonical).ToList();
        var subtitleEnd = section.LineEnds[section.SubtitleLineCount - 1];
        var subtitle = FidelityText.Words(driver.Subtitle).Select(section.Canonical).ToList();
        if (!subtitle.SequenceEqual(seedKeys.Take(subtitleEnd), StringComparer.Ordinal))
        {
            problems.Add($"driver {driverNumber}: the subtitle should be «{string.Join(' ', section.JoinedWords.Take(subtitleEnd))}» "
                + $"(seed 000 lines {section.Lines[0].Line.Number}–{section.Lines[section.SubtitleLineCount - 1].Line.Number}), the content has «{driver.Subtitle}»");
        }
        var lead = FidelityText.Words(driver.Lead).Select(section.Canonical).ToList();
        var leadEnd = subtitleEnd + lead.Count;
        if (!lead.SequenceEqual(seedKeys.Skip(subtitleEnd).Take(lead.Count), StringComparer.Ordinal))
        {
            problems.Add($"driver {driverNumber}: the lead should follow the subtitle in the seed, "
                + $"«{string.Join(' ', section.JoinedWords.Skip(subtitleEnd).Take(lead.Count))}», the content has «{driver.Lead}»");
        }
        else if (!section.LineEnds.Contains(leadEnd))
        {
            var line = section.Lines[section.LineEnds.Count(end => end < leadEnd)].Line;
            problems.Add($"driver {driverNumber}: the lead ends inside {line}, not at the end of a line of the seed");
        }
        return problems;
    }

    /// <summary>
    /// The headings of the seed, which the transcription turned into titles: "4. Agenda strategica" is the
    /// introduction page's title and each "DRIVER N | TITLE" a driver with that number and title (compared
    /// ignoring case and the spaces around a hyphen: "SUSTAIN - ABILITY" is "Sustain-Ability"). The content
    /// has exactly the seed's drivers.
    /// </summary>
    public static IReadOnlyList<string> HeadingProblems(AgendaSeed seed, Plan plan)
    {
        var problems = new List<string>();
        var page = plan.FindPage(IntroPageSlug);
        if (page is null || !SameHeading(page.Title, seed.ChapterTitle))
        {
            problems.Add($"content/pagine/{IntroPageSlug}.md should have the title «{seed.ChapterTitle}», has «{page?.Title}»");
        }
        foreach (var section in seed.Sections.Where(s => s.Number > 0))
        {
            var driver = plan.Drivers.FirstOrDefault(d => d.Number == section.Number);
            if (driver is null)
            {
                problems.Add($"seed 000 line {section.HeadingLine}: driver {section.Number} «{section.HeadingTitle}» is not in content/agenda/");
            }
            else if (!SameHeading(driver.Title, section.HeadingTitle!))
            {
                problems.Add($"seed 000 line {section.HeadingLine}: driver {section.Number} is «{section.HeadingTitle}», the content's title is «{driver.Title}»");
            }
        }
        var seedNumbers = seed.Sections.Where(s => s.Number > 0).Select(s => s.Number).ToHashSet();
        problems.AddRange(plan.Drivers.Where(d => !seedNumbers.Contains(d.Number))
            .Select(d => $"content driver {d.Number} «{d.Title}» has no heading in the seed"));
        return problems;
    }

    private static bool SameHeading(string content, string seed) =>
        string.Equals(HeadingKey(content), HeadingKey(seed), StringComparison.Ordinal);

    private static string HeadingKey(string title) =>
        SpacedHyphen().Replace(string.Join(' ', FidelityText.Words(title)), "-").ToUpper(CultureInfo.InvariantCulture);

    private static (AgendaSection? Section, string? Content, List<string> Problems) Inputs(AgendaSeed seed, Plan plan, int section)
    {
        var problems = new List<string>();
        var seedSection = seed.Section(section);
        var content = ContentText(plan, section);
        if (seedSection is null)
        {
            problems.Add($"section {section} is missing from seed 000");
        }
        if (content is null)
        {
            problems.Add($"{Where(section)} is missing from the content");
        }
        return (seedSection, content, problems);
    }

    private static Dictionary<string, int> Count(IEnumerable<string> words, AgendaSection section) => words
        .GroupBy(section.Canonical, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>
    /// The line's words as a contiguous run of the content's words, exactly, but for a first word continuing a
    /// hyphenated word (it must end a content word) and a last word hyphenated (it must start one, with or
    /// without the hyphen).
    /// </summary>
    private static bool Contains(string[] content, SeedLineWords line)
    {
        var keys = line.Words;
        var n = keys.Count;
        for (var start = 0; start + n <= content.Length; start++)
        {
            var all = true;
            for (var k = 0; k < n && all; k++)
            {
                all = Matches(content[start + k], keys[k], continuation: k == 0 && line.StartsWithContinuation, fragment: k == n - 1 && line.EndsWithFragment);
            }
            if (all)
            {
                return true;
            }
        }
        return false;
    }

    private static bool Matches(string content, string seed, bool continuation, bool fragment)
    {
        if (fragment)
        {
            var half = seed[^1] == '-' ? seed[..^1] : seed;      // "dematerializzazio-" starts "dematerializzazione"; "strumenti/" starts "strumenti/dispositivi"
            return continuation
                ? content.Contains(half, StringComparison.Ordinal) && content.Length > half.Length
                : content.StartsWith(half, StringComparison.Ordinal) && content.Length > half.Length;
        }
        return continuation
            ? content.EndsWith(seed, StringComparison.Ordinal) && content.Length > seed.Length
            : string.Equals(content, seed, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\s*-\s*")]
    private static partial Regex SpacedHyphen();
}
