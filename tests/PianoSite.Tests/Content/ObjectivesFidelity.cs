using System.Globalization;
using System.Text.RegularExpressions;
using PianoSite.Model;

namespace PianoSite.Tests.Content;

/// <summary>
/// Compares the missions, objectives, PNRR components and vision matrix of the content with seed 001.
/// Texts are compared exactly after <see cref="FidelityText.FixTableArtefacts"/> on the seed's side only:
/// the content must hold the clean text. Ticks are compared exactly.
/// </summary>
internal static partial class ObjectivesFidelity
{
    /// <summary>Title, introduction and objectives (numbers, texts, actors) of mission <paramref name="number"/>.</summary>
    public static IReadOnlyList<string> MissionProblems(ObjectivesSeed seed, Plan plan, int number)
    {
        var problems = new List<string>();
        var printed = seed.Missions.FirstOrDefault(m => m.Number == number);
        var mission = plan.Missions.FirstOrDefault(m => m.Number == number);
        if (printed is null || mission is null)
        {
            problems.Add($"mission {number} is missing from the {(printed is null ? "seed" : "content")}");
            return problems;
        }
        var code = mission.Code;
        if (mission.Title != FidelityText.FixTableArtefacts(printed.Title))
        {
            problems.Add($"{code}: seed 001 line {printed.Line} has the title «{printed.Title}», content/pnrr.yml «{mission.Title}»");
        }
        var intro = printed.IntroParagraphs.Select(FidelityText.FixTableArtefacts).ToList();
        var contentIntro = mission.Intro.Markdown.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (!intro.SequenceEqual(contentIntro, StringComparer.Ordinal))
        {
            problems.Add($"{code}: the intro differs from seed 001.\n  seed:    {string.Join(" ¶ ", intro)}\n  content: {string.Join(" ¶ ", contentIntro)}");
        }

        var columns = seed.ObjectiveActorColumns.GetValueOrDefault(number) ?? [];
        var byNumber = mission.Objectives.ToLookup(o => o.Number);
        foreach (var row in printed.Objectives)
        {
            var n = int.Parse(row.Key, CultureInfo.InvariantCulture);
            var matches = byNumber[n].ToList();
            if (matches.Count != 1)
            {
                problems.Add($"{code}.{n}: seed 001 line {row.Line} has this objective, content/missioni/{mission.Slug}.yml has it {matches.Count} time(s)");
                continue;
            }
            var objective = matches[0];
            var text = FidelityText.FixTableArtefacts(row.Text);
            if (objective.Text != text)
            {
                problems.Add($"{objective.Id}: text differs from seed 001 line {row.Line}.\n  seed:    {text}\n  content: {objective.Text}");
            }
            problems.AddRange(ActorProblems(objective.Id, row, columns, objective.Actors));
        }
        var printedNumbers = printed.Objectives.Select(r => int.Parse(r.Key, CultureInfo.InvariantCulture)).ToHashSet();
        problems.AddRange(mission.Objectives.Where(o => !printedNumbers.Contains(o.Number))
            .Select(o => $"{o.Id}: not in the seed's table of mission {number}"));
        return problems;
    }

    /// <summary>The PNRR components table: the content has exactly its components, with the same titles and ticked actors.</summary>
    public static IReadOnlyList<string> ComponentProblems(ObjectivesSeed seed, Plan plan)
    {
        var problems = new List<string>();
        foreach (var row in seed.Components)
        {
            var component = plan.Components.FirstOrDefault(c => c.Code == row.Key);
            if (component is null)
            {
                problems.Add($"{row.Key}: seed 001 line {row.Line} has this component, content/pnrr.yml does not");
                continue;
            }
            var title = FidelityText.FixTableArtefacts(row.Text);
            if (component.Title != title)
            {
                problems.Add($"{row.Key}: seed 001 line {row.Line} has the title «{title}», content/pnrr.yml «{component.Title}»");
            }
            problems.AddRange(ActorProblems(row.Key, row, seed.ComponentActorColumns, component.Actors));
        }
        var printed = seed.Components.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(plan.Components.Where(c => !printed.Contains(c.Code))
            .Select(c => $"{c.Code}: in content/pnrr.yml but not in the seed's components table"));
        return problems;
    }

    /// <summary>
    /// The vision matrix: each mission's row label is the matrix's own ("MISSIONE 2 Rivoluzione verde, transizione
    /// ecologica", not the mission's heading), and its keywords are exactly the ticked columns, the columns being
    /// the plan's keywords by their printed names.
    /// </summary>
    public static IReadOnlyList<string> VisionProblems(ObjectivesSeed seed, Plan plan)
    {
        var problems = new List<string>();
        var columns = new List<string>();
        foreach (var name in seed.KeywordColumns)
        {
            var keyword = plan.Keywords.FirstOrDefault(k => k.Name == name);
            if (keyword is null)
            {
                problems.Add($"vision matrix: the seed's column «{name}» is not a keyword of content/piano.yml");
            }
            columns.Add(keyword?.Id ?? name);
        }
        foreach (var row in seed.Vision)
        {
            var number = int.Parse(row.Key, CultureInfo.InvariantCulture);
            var mission = plan.Missions.FirstOrDefault(m => m.Number == number);
            if (mission is null)
            {
                problems.Add($"vision matrix: seed 001 line {row.Line} has mission {number}, the content does not");
                continue;
            }
            var label = VisionRowPrefix().Replace(row.Text, string.Empty);
            if (mission.VisionLabel != label)
            {
                problems.Add($"{mission.Code}: the vision matrix (seed 001 line {row.Line}) labels the row «{label}», "
                    + $"content/missioni/{mission.Slug}.yml has vision_label «{mission.VisionLabel}»");
            }
            var ticked = columns.Where((_, i) => row.Ticks[i]).ToList();
            var keywords = mission.Keywords.Select(k => k.Value).ToList();
            if (!SameSet(ticked, keywords))
            {
                problems.Add($"{mission.Code}: the vision matrix (seed 001 line {row.Line}) ticks [{string.Join(", ", ticked)}], "
                    + $"content/missioni/{mission.Slug}.yml has keywords [{string.Join(", ", keywords)}]");
            }
        }
        var printed = seed.Vision.Select(r => int.Parse(r.Key, CultureInfo.InvariantCulture)).ToHashSet();
        problems.AddRange(plan.Missions.Where(m => !printed.Contains(m.Number)).Select(m => $"{m.Code}: no row in the seed's vision matrix"));
        return problems;
    }

    private static IEnumerable<string> ActorProblems(string id, SeedTableRow row, List<string> columns, IEnumerable<Located<string>> actors)
    {
        if (columns.Count != row.Ticks.Count)
        {
            yield return $"{id}: seed 001 line {row.Line}: {row.Ticks.Count} tick columns but {columns.Count} actor columns in the header";
            yield break;
        }
        var ticked = columns.Where((_, i) => row.Ticks[i]).ToList();
        var content = actors.Select(a => a.Value).ToList();
        if (!SameSet(ticked, content))
        {
            yield return $"{id}: seed 001 line {row.Line} ticks [{string.Join(", ", ticked)}], the content has [{string.Join(", ", content)}]";
        }
    }

    private static bool SameSet(List<string> expected, List<string> actual) =>
        actual.Count == actual.Distinct(StringComparer.Ordinal).Count()
        && expected.Order(StringComparer.Ordinal).SequenceEqual(actual.Order(StringComparer.Ordinal), StringComparer.Ordinal);

    [GeneratedRegex(@"^MISSIONE \d+ ")]
    private static partial Regex VisionRowPrefix();
}
