using System.Text.RegularExpressions;
using PianoSite.Diagnostics;

namespace PianoSite.Tests.Docs;

/// <summary>docs/diagnostics.md documents every code of Codes.cs, and nothing else, consistently.</summary>
public sealed partial class DiagnosticsDocumentationTests
{
    private static readonly string[] Lines = File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, "docs", "diagnostics.md"));

    /// <summary>"| PS0001 | errore | Cartella dei contenuti mancante |"</summary>
    private static Dictionary<string, (string Severity, string Title)> TableRows() => Lines
        .Select(line => TableRow().Match(line))
        .Where(m => m.Success)
        .ToDictionary(m => m.Groups["code"].Value, m => (m.Groups["severity"].Value, m.Groups["title"].Value.Trim()));

    /// <summary>"### PS0001 — Cartella dei contenuti mancante", with the section's "**Gravità:** errore".</summary>
    private static List<(string Code, string Title, string Severity)> Sections()
    {
        var sections = new List<(string, string, string)>();
        for (var i = 0; i < Lines.Length; i++)
        {
            var heading = Heading().Match(Lines[i]);
            if (!heading.Success)
            {
                continue;
            }
            var severity = Lines.Skip(i + 1).TakeWhile(l => !l.StartsWith('#'))
                .Select(l => SeverityLine().Match(l)).FirstOrDefault(m => m.Success)?.Groups["severity"].Value ?? "(none)";
            sections.Add((heading.Groups["code"].Value, heading.Groups["title"].Value.Trim(), severity));
        }
        return sections;
    }

    [Fact]
    public void Every_code_has_a_row_in_the_summary_table()
    {
        var rows = TableRows();

        Assert.All(Codes.All, code => Assert.True(rows.ContainsKey(code), $"{code} has no row in docs/diagnostics.md"));
    }

    [Fact]
    public void Every_code_has_its_own_section_in_code_order()
    {
        var documented = Sections().Select(s => s.Code);

        Assert.Equal(Codes.All, documented);
    }

    [Fact]
    public void The_documentation_names_no_code_that_does_not_exist()
    {
        var mentioned = Lines.SelectMany(l => CodeMention().Matches(l).Select(m => m.Value)).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(mentioned.Except(Codes.All, StringComparer.Ordinal));
    }

    [Fact]
    public void Table_and_sections_agree_on_title_and_severity()
    {
        var rows = TableRows();

        Assert.All(Sections(), section =>
        {
            Assert.Equal(rows[section.Code].Title, section.Title);
            Assert.StartsWith(rows[section.Code].Severity, section.Severity, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Every_section_says_what_it_means_gives_an_example_and_how_to_fix_it()
    {
        var text = string.Join('\n', Lines);
        foreach (var code in Codes.All)
        {
            var start = text.IndexOf($"### {code} ", StringComparison.Ordinal);
            var end = text.IndexOf("\n#", start + 1, StringComparison.Ordinal);
            var section = end < 0 ? text[start..] : text[start..end];
            Assert.Contains("- **Cosa significa:**", section, StringComparison.Ordinal);
            Assert.Contains("- **Come correggere:**", section, StringComparison.Ordinal);
            Assert.Matches($@"- \*\*Esempio:\*\* `[^`]*: (error|warning) {code}: ", section);
        }
    }

    [Fact]
    public void Each_example_has_the_severity_its_section_states()
    {
        var text = string.Join('\n', Lines);
        foreach (var (code, _, severity) in Sections())
        {
            var kind = severity.StartsWith("errore", StringComparison.Ordinal) ? "error" : "warning";
            Assert.Contains($": {kind} {code}: ", text, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"^\| (?<code>PS\d{4}) \| (?<severity>errore|avviso) \| (?<title>[^|]+)\|$")]
    private static partial Regex TableRow();

    [GeneratedRegex(@"^### (?<code>PS\d{4}) — (?<title>.+)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^- \*\*Gravità:\*\* (?<severity>.+)$")]
    private static partial Regex SeverityLine();

    [GeneratedRegex(@"\bPS\d{4}\b")]
    private static partial Regex CodeMention();
}
