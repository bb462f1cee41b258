using System.Globalization;
using System.Text;
using PianoSite.Load;

namespace PianoSite.Synth;

/// <summary>
/// Writes a complete synthetic plan in the real content format: piano.yml, pnrr.yml, one mission file per
/// mission, one Markdown file per driver, the prose pages and controlli.yml. It is built to pass
/// <c>check --strict</c>: every component and driver has objectives, every objective's actors work in its
/// components, texts are unique; the few objectives linked to another mission's component (as in the real plan)
/// are accepted in controlli.yml with a reason. Everything is drawn from one seeded generator, in a fixed
/// order, so the same options give the same bytes.
/// </summary>
public sealed class SyntheticPlanWriter(WordSource words, SynthOptions options)
{
    /// <summary>One objective in a thousand is linked to a component of the next mission too, and accepted.</summary>
    private const int CrossMissionEvery = 1000;

    private sealed record SynthComponent(string Code, string Title, string[] Actors);

    private sealed record SynthMission(int Number, string Title, string[] Keywords, SynthComponent[] Components, int ObjectiveCount)
    {
        public string Code => $"M{Number}";
    }

    public IReadOnlyList<SourceFile> Files()
    {
        var random = new SynthRandom(options.Seed);
        var composer = new ProseComposer(words, random);
        var missions = Missions(random);
        var files = new List<SourceFile>
        {
            new(ContentLayout.PlanFile, PlanFile()),
            new(ContentLayout.PnrrFile, PnrrFile(missions)),
        };
        var accepted = new StringBuilder();
        var usedTexts = new HashSet<string>(StringComparer.Ordinal);
        var objectiveIndex = 0;
        foreach (var mission in missions)
        {
            var next = missions[mission.Number % missions.Length];
            files.Add(new($"{ContentLayout.MissionsFolder}/m{mission.Number}.yml",
                MissionFile(mission, next, random, composer, usedTexts, accepted, ref objectiveIndex)));
        }
        for (var number = 1; number <= options.Drivers; number++)
        {
            var title = composer.DriverTitle();
            files.Add(new($"{ContentLayout.DriversFolder}/{number:00}-{Slug(title)}.md", DriverFile(number, title, random, composer)));
        }
        foreach (var page in words.Pages)
        {
            files.Add(new($"{ContentLayout.PagesFolder}/{page.Slug}.md",
                $"---\ntitle: {YamlText.Scalar(page.Title)}\n---\n{composer.Body(page.Length)}"));
        }
        files.Add(new(ContentLayout.ChecksFile, ChecksFile(accepted)));
        return files;
    }

    private SynthMission[] Missions(SynthRandom random)
    {
        var count = options.Missions;
        var weights = Enumerable.Range(0, count).Select(_ => random.Between(50, 150)).ToArray();
        var total = weights.Sum();
        var sizes = weights.Select(w => Math.Max(1, (int)((long)options.Objectives * w / total))).ToArray();
        for (var i = 0; sizes.Sum() != options.Objectives; i = (i + 1) % count)
        {
            sizes[i] += sizes.Sum() < options.Objectives ? 1 : sizes[i] > 1 ? -1 : 0;
        }
        var actorIds = words.Actors.Select(a => a.Id).ToArray();
        var keywordIds = words.Keywords.Select(k => k.Id).ToArray();
        return [.. Enumerable.Range(1, count).Select(number =>
        {
            var componentCount = Math.Clamp(sizes[number - 1] / 20, 1, Math.Min(9, sizes[number - 1]));
            var components = Enumerable.Range(1, componentCount)
                .Select(c => new SynthComponent($"M{number}C{c}", random.Pick(words.ComponentTitles), Subset(actorIds, random, 60)))
                .ToArray();
            var keywords = Subset(keywordIds, random, 60);
            return new SynthMission(number, words.MissionTitles[(number - 1) % words.MissionTitles.Length], keywords, components, sizes[number - 1]);
        })];
    }

    private string PlanFile()
    {
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"title: Piano sintetico di prova con {options.Objectives} obiettivi\n")
            .Append(CultureInfo.InvariantCulture, $"short_title: Piano sintetico {options.Objectives}\n")
            .Append(CultureInfo.InvariantCulture, $"issuer: {YamlText.Scalar(words.Info.Issuer)}\n")
            .Append(CultureInfo.InvariantCulture, $"edition: {YamlText.Scalar(words.Info.Edition)}\n")
            .Append(CultureInfo.InvariantCulture, $"language: {words.Info.Language}\n")
            .Append("licence:\n")
            .Append(CultureInfo.InvariantCulture, $"  name: {YamlText.Scalar(words.Info.Licence.Name)}\n")
            .Append(CultureInfo.InvariantCulture, $"  url: {YamlText.Scalar(words.Info.Licence.Url)}\n")
            .Append("actors:\n");
        foreach (var actor in words.Actors)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - id: {actor.Id}\n    name: {YamlText.Scalar(actor.Name)}\n");
        }
        text.Append("keywords:\n");
        foreach (var keyword in words.Keywords)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - id: {keyword.Id}\n    name: {YamlText.Scalar(keyword.Name)}\n");
        }
        return text.ToString();
    }

    private static string PnrrFile(IEnumerable<SynthMission> missions)
    {
        var text = new StringBuilder("missions:\n");
        foreach (var mission in missions)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - code: {mission.Code}\n    title: {YamlText.Scalar(mission.Title)}\n");
        }
        text.Append("components:\n");
        foreach (var component in missions.SelectMany(m => m.Components))
        {
            text.Append(CultureInfo.InvariantCulture,
                $"  - code: {component.Code}\n    title: {YamlText.Scalar(component.Title)}\n    actors: {YamlText.FlowList(component.Actors)}\n");
        }
        return text.ToString();
    }

    private string MissionFile(SynthMission mission, SynthMission next, SynthRandom random, ProseComposer composer,
        HashSet<string> usedTexts, StringBuilder accepted, ref int objectiveIndex)
    {
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"mission: {mission.Code}\n")
            .Append(CultureInfo.InvariantCulture, $"keywords: {YamlText.FlowList(mission.Keywords)}\n")
            .Append("intro: ").Append(YamlText.Block(composer.Intro(), 2))
            .Append("objectives:\n");
        for (var n = 1; n <= mission.ObjectiveCount; n++, objectiveIndex++)
        {
            // The first objectives take each component once, so that no component is left without objectives.
            var components = n <= mission.Components.Length
                ? [mission.Components[n - 1]]
                : Subset(mission.Components, random, 0, random.Chance(30) ? 2 : 1);
            if (next != mission && objectiveIndex % CrossMissionEvery == CrossMissionEvery - 1)
            {
                var other = random.Pick(next.Components);
                components = [.. components, other];
                accepted.Append(CultureInfo.InvariantCulture,
                    $"  - code: PS2003\n    subject: {mission.Code}.{n} {other.Code}\n    reason: Collegamento a una componente di un'altra missione voluto nel piano sintetico di prova.\n");
            }
            var reachable = words.Actors.Select(a => a.Id).Where(id => components.Any(c => c.Actors.Contains(id))).ToArray();
            var drivers = new SortedSet<int>();
            // The first objectives of the plan take each driver once, so that no driver is left without objectives.
            if (objectiveIndex < options.Drivers)
            {
                drivers.Add(objectiveIndex + 1);
            }
            var extra = random.Next(10) switch { < 5 => 0, < 9 => 1, _ => 2 };
            for (var i = 0; i < extra; i++)
            {
                drivers.Add(random.Between(1, options.Drivers));
            }
            text.Append(CultureInfo.InvariantCulture, $"  - n: {n}\n")
                .Append(CultureInfo.InvariantCulture, $"    text: {YamlText.Scalar(composer.ObjectiveText(usedTexts))}\n")
                .Append(CultureInfo.InvariantCulture, $"    actors: {YamlText.FlowList(Subset(reachable, random, 70))}\n")
                .Append(CultureInfo.InvariantCulture, $"    components: {YamlText.FlowList(components.Select(c => c.Code))}\n")
                .Append(CultureInfo.InvariantCulture, $"    drivers: {YamlText.FlowList(drivers.Select(d => d.ToString(CultureInfo.InvariantCulture)))}\n");
        }
        return text.ToString();
    }

    private static string DriverFile(int number, string title, SynthRandom random, ProseComposer composer) =>
        new StringBuilder("---\n")
            .Append(CultureInfo.InvariantCulture, $"number: {number}\n")
            .Append(CultureInfo.InvariantCulture, $"title: {YamlText.Scalar(title)}\n")
            .Append(CultureInfo.InvariantCulture, $"subtitle: {YamlText.Scalar(composer.Subtitle())}\n")
            .Append(CultureInfo.InvariantCulture, $"lead: {YamlText.Scalar(composer.Lead())}\n")
            .Append("---\n")
            .Append(composer.Body(random.Between(3200, 4600)))
            .ToString();

    private static string ChecksFile(StringBuilder accepted) =>
        "# Avvisi accettati del piano sintetico di prova.\n" + (accepted.Length == 0 ? "accepted: []\n" : "accepted:\n" + accepted);

    /// <summary>A non-empty subset, in the original order: each item kept with <paramref name="percent"/>% chance, or exactly <paramref name="size"/> items.</summary>
    private static T[] Subset<T>(IReadOnlyList<T> items, SynthRandom random, int percent, int size = 0)
    {
        if (size > 0)
        {
            var chosen = new SortedSet<int>();
            while (chosen.Count < Math.Min(size, items.Count))
            {
                chosen.Add(random.Next(items.Count));
            }
            return [.. chosen.Select(i => items[i])];
        }
        var kept = items.Where(_ => random.Chance(percent)).ToArray();
        return kept.Length > 0 ? kept : [random.Pick(items)];
    }

    /// <summary>The URL slug of a driver title: lower case, Italian accents dropped, words joined by hyphens.</summary>
    private static string Slug(string title)
    {
        var slug = new StringBuilder();
        foreach (var c in title.ToLowerInvariant())
        {
            var plain = c switch
            {
                'à' or 'á' => 'a',
                'è' or 'é' => 'e',
                'ì' or 'í' => 'i',
                'ò' or 'ó' => 'o',
                'ù' or 'ú' => 'u',
                _ => c,
            };
            if (char.IsAsciiLetterOrDigit(plain))
            {
                slug.Append(plain);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        return slug.ToString().TrimEnd('-');
    }
}
