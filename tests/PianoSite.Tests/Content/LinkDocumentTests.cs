using System.Text.RegularExpressions;
using PianoSite.Model;

namespace PianoSite.Tests.Content;

/// <summary>
/// docs/collegamenti-obiettivi.md justifies the editors' links, one table row per objective: it must name the same
/// components and drivers as content/missioni/, so that the reasons and the links cannot drift apart.
/// </summary>
internal static partial class LinkDocument
{
    public const string RelativePath = "docs/collegamenti-obiettivi.md";

    public const string ComponentsSection = "## Obiettivi e componenti PNRR";

    public const string DriversSection = "## Obiettivi e driver dell'Agenda strategica";

    public static readonly IReadOnlySet<string> Fits = new HashSet<string>(StringComparer.Ordinal) { "piena", "parziale", "la più vicina" };

    public static IReadOnlyList<string> Problems(Plan plan, IReadOnlyList<string> lines)
    {
        var problems = new List<string>();
        var components = Rows(lines, ComponentsSection, problems);
        var drivers = Rows(lines, DriversSection, problems);
        foreach (var objective in plan.Objectives)
        {
            Compare(objective.Id, "components", components, [.. objective.Components.Select(c => c.Value)]);
            Compare(objective.Id, "drivers", drivers, [.. objective.Drivers.Select(d => d.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
            if (components.TryGetValue(objective.Id, out var row) && (row.Cells.Length < 4 || !Fits.Contains(row.Cells[2]) || row.Cells[3].Length == 0))
            {
                problems.Add($"{RelativePath}:{row.Line}: {objective.Id} needs an aderenza ({string.Join(", ", Fits)}) and a reason");
            }
        }
        var ids = plan.Objectives.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(components.Concat(drivers).Where(r => !ids.Contains(r.Key))
            .Select(r => $"{RelativePath}:{r.Value.Line}: {r.Key} is not an objective of content/missioni/"));
        return problems;

        void Compare(string id, string what, Dictionary<string, DocumentRow> rows, string[] expected)
        {
            if (!rows.TryGetValue(id, out var row))
            {
                problems.Add($"{RelativePath}: {id} has no row under «{(what == "components" ? ComponentsSection : DriversSection)}»");
                return;
            }
            var written = row.Cells[1] == "—" ? [] : row.Cells[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (!written.SequenceEqual(expected, StringComparer.Ordinal))
            {
                problems.Add($"{RelativePath}:{row.Line}: {id} lists {what} [{string.Join(", ", written)}], content/missioni/ has [{string.Join(", ", expected)}]");
            }
        }
    }

    /// <summary>The rows "| M1.4 … | cells… |" of one section, by objective id.</summary>
    private static Dictionary<string, DocumentRow> Rows(IReadOnlyList<string> lines, string section, List<string> problems)
    {
        var rows = new Dictionary<string, DocumentRow>(StringComparer.Ordinal);
        var start = lines.ToList().IndexOf(section);
        if (start < 0)
        {
            problems.Add($"{RelativePath} has no section «{section}»");
            return rows;
        }
        for (var i = start + 1; i < lines.Count && !lines[i].StartsWith("## ", StringComparison.Ordinal); i++)
        {
            if (ObjectiveRow().Match(lines[i]) is { Success: true } match)
            {
                var cells = lines[i].Trim().Trim('|').Split('|', StringSplitOptions.TrimEntries);
                if (!rows.TryAdd(match.Groups[1].Value, new DocumentRow(i + 1, cells)))
                {
                    problems.Add($"{RelativePath}:{i + 1}: {match.Groups[1].Value} has a second row under «{section}»");
                }
            }
        }
        return rows;
    }

    private sealed record DocumentRow(int Line, string[] Cells);

    [GeneratedRegex(@"^\| (M\d+\.\d+)\b")]
    private static partial Regex ObjectiveRow();
}

public sealed class LinkDocumentTests
{
    private static IReadOnlyList<string> Lines => File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, LinkDocument.RelativePath));

    [Fact]
    public void The_link_document_justifies_exactly_the_components_and_drivers_of_every_objective()
    {
        Assert.Equal(75, RealPlan.Value.Objectives.Count());
        Problems.None(LinkDocument.Problems(RealPlan.Value, Lines));
    }

    [Fact]
    public void A_component_changed_in_the_content_but_not_in_the_document_is_reported()
    {
        var plan = RealPlan.Value;
        var changed = plan with
        {
            Missions = [.. plan.Missions.Select(m => m with
            {
                Objectives = [.. m.Objectives.Select(o => o.Id == "M3.2" ? o with { Components = [new Located<string>("M3C2", o.Span)] } : o)],
            })],
        };
        var lines = Lines.Select(l => l.StartsWith("| M6.4 ", StringComparison.Ordinal) && l.Contains("| M2C4 |", StringComparison.Ordinal)
            ? l.Replace("| parziale |", "| forse |", StringComparison.Ordinal)
            : l).ToList();

        var problems = LinkDocument.Problems(changed, lines);

        Assert.Equal(2, problems.Count);
        Assert.Matches(@"^docs/collegamenti-obiettivi\.md:\d+: M3\.2 lists components \[M2C2\], content/missioni/ has \[M3C2\]$", problems[0]);
        Assert.Matches(@"^docs/collegamenti-obiettivi\.md:\d+: M6\.4 needs an aderenza", problems[1]);
    }
}
