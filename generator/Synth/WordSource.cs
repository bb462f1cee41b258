using System.Collections.Immutable;
using System.Text.RegularExpressions;
using PianoSite.Model;

namespace PianoSite.Synth;

/// <summary>
/// The words a synthetic plan is made of, taken at run time from a real plan (the repository's content/):
/// sentences and list items of its drivers and pages, clauses of its objectives, its titles. Nothing is
/// invented; the synthetic plan only reshuffles them, so its prose has the length and texture of the real one.
/// </summary>
public sealed partial class WordSource
{
    private WordSource(Plan plan)
    {
        var prose = plan.Drivers.Select(d => d.Body.Markdown).Concat(plan.Pages.Select(p => p.Body.Markdown)).ToArray();
        var paragraphs = prose.SelectMany(text => text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries)).ToArray();
        Sentences = [.. paragraphs
            .Where(p => !p.TrimStart().StartsWith("- ", StringComparison.Ordinal))
            .SelectMany(p => SentenceEnd().Split(Plain(p.Replace('\n', ' '))))
            .Select(s => s.Trim())
            .Where(IsSafeSentence)];
        ListItems = [.. paragraphs
            .SelectMany(p => p.Split('\n'))
            .Where(line => line.StartsWith("- ", StringComparison.Ordinal))
            .Select(line => Plain(line[2..]).Trim())
            .Where(IsSafeSentence)];
        Clauses = [.. plan.Objectives
            .SelectMany(o => ClauseBreak().Split(o.Text))
            .Select(c => c.Trim().TrimEnd('.', ';', ','))
            .Where(c => c.Length >= 20 && IsSafeSentence(c))
            .Distinct(StringComparer.Ordinal)];
        IntroSentences = [.. plan.Missions.SelectMany(m => SentenceEnd().Split(Plain(m.Intro.Markdown.Replace('\n', ' ')))).Select(s => s.Trim()).Where(IsSafeSentence)];
        MissionTitles = [.. plan.Missions.Select(m => m.Title)];
        ComponentTitles = [.. plan.Components.Select(c => c.Title)];
        DriverTitleWords = [.. plan.Drivers.SelectMany(d => d.Title.Split(' ')).Where(w => w.Length > 3 && w.All(char.IsLetter)).Distinct(StringComparer.Ordinal)];
        Subtitles = [.. plan.Drivers.Select(d => d.Subtitle)];
        Leads = [.. plan.Drivers.Select(d => d.Lead)];
        Pages = [.. plan.Pages.Select(p => (p.Slug, p.Title, p.Body.Markdown.Length))];
        Actors = plan.Actors;
        Keywords = plan.Keywords;
        Info = plan.Info;
    }

    public ImmutableArray<string> Sentences { get; }

    public ImmutableArray<string> ListItems { get; }

    /// <summary>Parts of objective texts, cut at commas and semicolons.</summary>
    public ImmutableArray<string> Clauses { get; }

    public ImmutableArray<string> IntroSentences { get; }

    public ImmutableArray<string> MissionTitles { get; }

    public ImmutableArray<string> ComponentTitles { get; }

    public ImmutableArray<string> DriverTitleWords { get; }

    public ImmutableArray<string> Subtitles { get; }

    public ImmutableArray<string> Leads { get; }

    /// <summary>The real plan's prose pages: their slugs are the ones the site links to.</summary>
    public ImmutableArray<(string Slug, string Title, int Length)> Pages { get; }

    public ImmutableArray<Actor> Actors { get; }

    public ImmutableArray<Keyword> Keywords { get; }

    public PlanInfo Info { get; }

    /// <summary>Null when the plan has too little text to draw from.</summary>
    public static WordSource? From(Plan plan)
    {
        var source = new WordSource(plan);
        var enough = source.Sentences.Length >= 10 && source.ListItems.Length >= 3 && source.Clauses.Length >= 10
            && source.IntroSentences.Length >= 1 && !source.MissionTitles.IsEmpty && !source.ComponentTitles.IsEmpty
            && source.DriverTitleWords.Length >= 3 && !source.Subtitles.IsEmpty && !source.Leads.IsEmpty
            && !source.Actors.IsEmpty && !source.Keywords.IsEmpty;
        return enough ? source : null;
    }

    /// <summary>The text without the emphasis markers: the composer places its own.</summary>
    private static string Plain(string markdown) => markdown.Replace("**", string.Empty, StringComparison.Ordinal);

    /// <summary>Sentences that stay one plain paragraph wherever they land (not a list, heading or quote; no markup).</summary>
    private static bool IsSafeSentence(string s) =>
        s.Length >= 10
        && !UnsafeStart().IsMatch(s)
        && s.AsSpan().IndexOfAny(MarkupCharacters) < 0;

    /// <summary>Characters that would make Markdown markup (or raw HTML, which the parser refuses) out of a sentence.</summary>
    private static readonly System.Buffers.SearchValues<char> MarkupCharacters = System.Buffers.SearchValues.Create("<>*_`[]|\\#");

    [GeneratedRegex(@"(?<=[.;!?])\s+(?=[A-ZÀ-ÖØ-Ý“""«(])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@",\s+|;\s+")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"^([-+>=~:]|[0-9]+[.)]\s)")]
    private static partial Regex UnsafeStart();
}
