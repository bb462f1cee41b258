using System.Globalization;
using System.Text.RegularExpressions;

namespace PianoSite.Tests.Content;

/// <summary>A row of a table of seed 001 with its ● columns; <see cref="Line"/> is 1-based.</summary>
internal sealed record SeedTableRow(int Line, string Key, string Text, IReadOnlyList<bool> Ticks);

/// <summary>A mission section of seed 001: "MISSIONE N. Title", its introduction, its objectives table.</summary>
internal sealed record SeedMission(int Line, int Number, string Title, IReadOnlyList<string> IntroParagraphs, IReadOnlyList<SeedTableRow> Objectives);

/// <summary>
/// Seed 001 read as tables. Rows are tab-separated: the vision matrix "MISSIONE N label⇥●⇥…" (one column per
/// keyword), the components table "⇥M1C1⇥title⇥●⇥●⇥" and each mission's "N⇥text⇥●⇥●⇥●". A ● ticks the column;
/// an empty cell does not; anything else is a problem.
/// </summary>
internal sealed partial class ObjectivesSeed
{
    /// <summary>The actor columns of the components and objectives tables, by their printed header.</summary>
    public static readonly IReadOnlyDictionary<string, string> ActorColumns = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["CITTÀ METROPOLITANA"] = "cm",
        ["CITTA' METROPOLITANA"] = "cm",
        ["COMUNI"] = "comuni",
        ["CORPI INTERMEDI E ALTRI ATTORI"] = "corpi-intermedi",
    };

    private const string Tick = "●";

    public List<string> KeywordColumns { get; } = [];

    public List<SeedTableRow> Vision { get; } = [];

    public List<string> ComponentActorColumns { get; } = [];

    public List<SeedTableRow> Components { get; } = [];

    public List<SeedMission> Missions { get; } = [];

    /// <summary>Actor ids of each mission's objectives table, by mission number.</summary>
    public Dictionary<int, List<string>> ObjectiveActorColumns { get; } = [];

    public List<string> Problems { get; } = [];

    public static ObjectivesSeed Parse(IReadOnlyList<string> lines)
    {
        var seed = new ObjectivesSeed();
        string? previousTabbed = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var at = i + 1;
            if (VisionRow().Match(line) is { Success: true } vision)
            {
                if (seed.Vision.Count == 0 && previousTabbed is not null)
                {
                    seed.KeywordColumns.AddRange(previousTabbed.Split('\t').Select(c => c.Trim()).Where(c => c.Length > 0));
                }
                var cells = line.Split('\t');
                seed.Vision.Add(new SeedTableRow(at, vision.Groups[1].Value, cells[0].Trim(), seed.Ticks(cells, 1, seed.KeywordColumns.Count, at)));
            }
            else if (line.StartsWith("COMPONENTI", StringComparison.Ordinal))
            {
                seed.ComponentActorColumns.AddRange(seed.Actors(line.Split('\t').Skip(1), at));
            }
            else if (ComponentRow().IsMatch(line))
            {
                var cells = line.Split('\t');
                seed.Components.Add(new SeedTableRow(at, cells[1], cells[2], seed.Ticks(cells, 3, 3, at)));
            }
            else if (MissionHeading().Match(line) is { Success: true } heading)
            {
                i = seed.ReadMission(lines, i, heading);
            }
            if (line.Contains('\t', StringComparison.Ordinal))
            {
                previousTabbed = line;
            }
        }
        return seed;
    }

    /// <summary>Reads a mission from its heading to the end of its table; returns the index of its last line.</summary>
    private int ReadMission(IReadOnlyList<string> lines, int headingIndex, Match heading)
    {
        var number = int.Parse(heading.Groups[1].Value, CultureInfo.InvariantCulture);
        var title = heading.Groups[2].Value.Trim();
        var i = headingIndex + 1;
        for (; title.Length == 0 && i < lines.Count; i++)
        {
            title = lines[i].Trim();
        }
        var intro = new List<string>();
        var objectives = new List<SeedTableRow>();
        for (; i < lines.Count; i++)
        {
            var line = lines[i];
            if (MissionHeading().IsMatch(line))
            {
                break;
            }
            if (line.Contains("OBIETTIVI STRATEGICI", StringComparison.Ordinal))
            {
                var header = line.Split('\t').Select(c => c.Trim()).SkipWhile(c => c != "OBIETTIVI STRATEGICI").Skip(1);
                ObjectiveActorColumns[number] = Actors(header, i + 1);
            }
            else if (ObjectiveRow().IsMatch(line))
            {
                var cells = line.Split('\t');
                objectives.Add(new SeedTableRow(i + 1, cells[0], cells[1], Ticks(cells, 2, 3, i + 1)));
            }
            else if (objectives.Count == 0 && line.Trim() is { Length: > 0 } text && text != "“")
            {
                intro.Add(text);
            }
            else if (objectives.Count > 0 && line.Trim().Length > 0)
            {
                Problems.Add($"seed 001 line {i + 1}: unexpected line in the objectives table of mission {number}: «{line}»");
            }
        }
        if (!ObjectiveActorColumns.ContainsKey(number))
        {
            Problems.Add($"seed 001 line {headingIndex + 1}: mission {number} has no OBIETTIVI STRATEGICI header");
        }
        Missions.Add(new SeedMission(headingIndex + 1, number, title, intro, objectives));
        return i - 1;
    }

    private List<string> Actors(IEnumerable<string> header, int at)
    {
        var actors = new List<string>();
        foreach (var label in header.Select(c => c.Trim()).Where(c => c.Length > 0))
        {
            if (ActorColumns.TryGetValue(label, out var id))
            {
                actors.Add(id);
            }
            else
            {
                Problems.Add($"seed 001 line {at}: unknown actor column «{label}»");
            }
        }
        return actors;
    }

    /// <summary>The ● cells from <paramref name="first"/>; missing trailing cells are empty.</summary>
    private List<bool> Ticks(string[] cells, int first, int count, int at)
    {
        if (cells.Length > first + count && cells.Skip(first + count).Any(c => c.Trim().Length > 0))
        {
            Problems.Add($"seed 001 line {at}: more than {count} tick columns");
        }
        var ticks = new List<bool>();
        for (var c = first; c < first + count; c++)
        {
            var cell = c < cells.Length ? cells[c].Trim() : string.Empty;
            if (cell.Length > 0 && cell != Tick)
            {
                Problems.Add($"seed 001 line {at}: column {c - first + 1} holds «{cell}», neither ● nor empty");
            }
            ticks.Add(cell == Tick);
        }
        return ticks;
    }

    [GeneratedRegex(@"^MISSIONE (\d+) [^\t]+\t")]
    private static partial Regex VisionRow();

    [GeneratedRegex(@"^\tM\dC\d\t")]
    private static partial Regex ComponentRow();

    [GeneratedRegex(@"^MISSIONE (\d+)\.(.*)$")]
    private static partial Regex MissionHeading();

    [GeneratedRegex(@"^\d+\t")]
    private static partial Regex ObjectiveRow();
}
