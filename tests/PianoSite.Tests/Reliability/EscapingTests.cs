using System.Text;
using System.Text.Json;
using PianoSite.Pipeline;
using PianoSite.Tests.Support;

namespace PianoSite.Tests.Reliability;

/// <summary>
/// Hostile text in every kind of text field of the model comes out inert: escaped in every HTML page, escaped in
/// the JSON, and in the CSV as plain data in a correctly quoted field. (Markdown bodies cannot carry HTML at
/// all: PS1009 refuses it, see the parse tests.)
/// </summary>
public sealed class EscapingTests
{
    private const string Script = "<script>alert(1)</script>";
    private const string Attribute = "\"><img src=x onerror=alert(1)>";
    private const string Payload = Script + " " + Attribute + " '&";

    /// <summary>The payload as a YAML double-quoted scalar.</summary>
    private static readonly string Yaml = "\"" + Payload.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    [Fact]
    public void Hostile_text_in_every_field_is_escaped_in_every_page_and_data_file()
    {
        using var plan = FixturePlan.RealContent();
        plan.Replace("content/piano.yml", "short_title: PSTTM 2025–2027", $"short_title: {Yaml}");
        plan.Replace("content/piano.yml", "name: Comuni", $"name: {Yaml}");
        plan.Replace("content/piano.yml", "name: Sostenibilità", $"name: {Yaml}");
        plan.Replace("content/pnrr.yml", "title: Digitalizzazione, Innovazione e sicurezza nella PA", $"title: {Yaml}");
        plan.Replace("content/missioni/m1.yml", "text: Superamento del digital divide ed estensione dei collegamenti 5G ai territori metropolitani", $"text: {Yaml}");
        plan.Replace("content/agenda/01-campus-metropolitano-smart.md", "title: Campus Metropolitano Smart", $"title: {Yaml}");
        plan.Replace("content/agenda/01-campus-metropolitano-smart.md", "subtitle: Città metropolitana e Comuni per lo sviluppo di servizi digitali innovativi", $"subtitle: {Yaml}");
        plan.Replace("content/pagine/visione.md", "title: Visione di sviluppo metropolitano", $"title: {Yaml}");

        var result = new BuildPipeline(new BuildOptions(plan.Root, plan.Output)).Render();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Where(d => d.IsError)));
        var html = result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(html);
        var pagesShowingIt = 0;
        foreach (var page in html)
        {
            var text = WithoutRunningHead(Encoding.UTF8.GetString(page.Content.Span));
            Assert.DoesNotContain(Script, text, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", text, StringComparison.Ordinal);
            Assert.DoesNotContain("onerror=alert", text.Replace("onerror=alert(1)&gt;", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
            pagesShowingIt += text.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", StringComparison.Ordinal) ? 1 : 0;
        }
        // The short title is in every page's <title>: the payload must really have reached them, escaped.
        Assert.Equal(html.Length, pagesShowingIt);

        foreach (var json in result.Files.Where(f => f.Path.EndsWith(".json", StringComparison.Ordinal)))
        {
            var text = Encoding.UTF8.GetString(json.Content.Span);
            Assert.DoesNotContain("<", text, StringComparison.Ordinal);
            using var parsed = JsonDocument.Parse(json.Content);
            Assert.NotNull(parsed.RootElement.ToString());
        }
        var objectives = Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "site/dati/obiettivi.json").Content.Span);
        Assert.Contains(Payload, JsonDocument.Parse(objectives).RootElement.GetProperty("obiettivi")[0].GetProperty("testo").GetString(), StringComparison.Ordinal);

        var csv = Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "site/dati/obiettivi.csv").Content.Span);
        Assert.Contains("\"" + Payload.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"", csv, StringComparison.Ordinal);
    }

    /// <summary>
    /// The print page carries the short title once more, as the running head of its @page rule: a CSS string
    /// literal, where it is inert as long as no quote, backslash or '&lt;' (which could close the style element)
    /// survives. Checks that, then removes it so the page is judged on its HTML alone.
    /// </summary>
    private static string WithoutRunningHead(string page)
    {
        const string CssPayload = "\"\\3C script>alert(1)\\3C /script> \\\">\\3C img src=x onerror=alert(1)> '&\"";
        if (!page.Contains("@top-left", StringComparison.Ordinal))
        {
            return page;
        }
        Assert.Contains($"content: {CssPayload};", page, StringComparison.Ordinal);
        return page.Replace(CssPayload, string.Empty, StringComparison.Ordinal);
    }
}
