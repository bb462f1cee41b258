using System.IO.Compression;
using System.Text;
using System.Text.Json;
using PianoSite.Pipeline;
using PianoSite.Tests.Pdf;
using PianoSite.Tests.Support;

namespace PianoSite.Tests.Reliability;

/// <summary>
/// Hostile text in every kind of text field of the model comes out inert: escaped in every HTML page, escaped in
/// the JSON, in the CSV as plain data in a correctly quoted field, printed as characters in the PDF and indexed
/// as plain text for the search. (Markdown bodies cannot carry HTML at all: PS1009 refuses it, see the parse
/// tests.)
/// </summary>
public sealed class EscapingTests
{
    private const string Script = "<script>alert(1)</script>";
    private const string Attribute = "\"><img src=x onerror=alert(1)>";
    private const string Payload = Script + " " + Attribute + " '&";

    /// <summary>What every decompressed Pagefind fragment starts with, before its JSON.</summary>
    private const string PagefindSignature = "pagefind_dcd";

    /// <summary>The payload as a YAML double-quoted scalar.</summary>
    private static readonly string Yaml = "\"" + Payload.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    [Fact]
    public void Hostile_text_in_every_field_is_escaped_in_every_page_and_data_file()
    {
        using var plan = HostilePlan();
        plan.Replace("content/piano.yml", "name: Comuni", $"name: {Yaml}");
        plan.Replace("content/piano.yml", "name: Sostenibilità", $"name: {Yaml}");
        plan.Replace("content/pnrr.yml", "title: Digitalizzazione, Innovazione e sicurezza nella PA", $"title: {Yaml}");
        plan.Replace("content/agenda/01-campus-metropolitano-smart.md", "subtitle: Città metropolitana e Comuni per lo sviluppo di servizi digitali innovativi", $"subtitle: {Yaml}");
        plan.Replace("content/pagine/visione.md", "title: Visione di sviluppo metropolitano e Missioni PNRR", $"title: {Yaml}");
        plan.Replace("content/missioni/m2.yml", "vision_label: Rivoluzione verde, transizione ecologica", $"vision_label: {Yaml}");
        plan.InsertAfter("content/piano.yml", "language: it", "adoption:", $"  organ: {Yaml}", $"  number: {Yaml}", "  date: 2025-03-01");

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
            // In the JSON-LD data block the payload is JSON text with < and > escaped (\u003C): no markup can start there.
            Assert.DoesNotContain("onerror=alert", text.Replace("onerror=alert(1)&gt;", string.Empty, StringComparison.Ordinal)
                .Replace("onerror=alert(1)\\u003E", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
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

    [Fact]
    public void Hostile_text_is_printed_as_text_in_the_pdf_and_indexed_as_inert_text_for_the_search()
    {
        using var plan = HostilePlan();

        var result = new BuildPipeline(new BuildOptions(plan.Root, plan.Output, WithPdf: true)).Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Where(d => d.IsError)));
        // Had the print page carried the payload as markup, Chromium would have run or dropped the script and
        // drawn a broken image: the characters would not be on the page. Each where it belongs, since the short
        // title is also every page's running head: the objective in the table of mission 1 and among driver 1's.
        var printed = PdfText.Normalise(PdfText.Raw(Path.Combine(plan.Output, "pdf", "psttm-2025-2027.pdf")));
        Assert.Equal(2, printed.Split("M1.1 " + Payload).Length - 1);
        Assert.Contains("Driver 1. " + Payload, printed, StringComparison.Ordinal);

        // Pagefind indexes a page's text: the payload is in the index only if the page held it as text (as markup,
        // the script would be skipped and the image would have no text). Escaped twice, "&lt;" would show.
        var fragments = PagefindFragments(Path.Combine(plan.Output, "site", "pagefind"));
        var mission = fragments.Single(f => f.GetProperty("url").GetString() == "/missioni/m1/index.html");
        Assert.Contains(Payload, mission.GetProperty("content").GetString(), StringComparison.Ordinal);
        var driver = fragments.Single(f => f.GetProperty("url").GetString() == "/agenda-strategica/01-campus-metropolitano-smart/index.html");
        Assert.Contains(Payload, driver.GetProperty("meta").GetProperty("title").GetString(), StringComparison.Ordinal);
        foreach (var fragment in fragments)
        {
            foreach (var text in Strings(fragment))
            {
                var rest = text.Replace(Payload, string.Empty, StringComparison.Ordinal);
                Assert.DoesNotContain("<script", rest, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("<img", rest, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("&lt;", rest, StringComparison.Ordinal);
            }
        }
        // The fragments hold the payload's characters as they are; what keeps them text in the browser is that
        // Pagefind's script escapes '<' and '>' before it builds the excerpt that search.js sets as innerHTML.
        // A Pagefind upgrade that drops this must be noticed here.
        var engine = File.ReadAllText(Path.Combine(plan.Output, "site", "pagefind", "pagefind.js"));
        Assert.Contains("raw_content=fragment.content.replace(/</g,\"&lt;\").replace(/>/g,\"&gt;\")", engine, StringComparison.Ordinal);
    }

    /// <summary>A copy of the real plan with the payload as its short title, as objective M1.1 and as driver 1's title.</summary>
    private static FixturePlan HostilePlan()
    {
        var plan = FixturePlan.RealContent();
        plan.Replace("content/piano.yml", "short_title: PSTTM 2025–2027", $"short_title: {Yaml}");
        plan.Replace("content/missioni/m1.yml", "text: Superamento del digital divide ed estensione dei collegamenti 5G ai territori metropolitani", $"text: {Yaml}");
        plan.Replace("content/agenda/01-campus-metropolitano-smart.md", "title: Campus Metropolitano Smart", $"title: {Yaml}");
        return plan;
    }

    /// <summary>Every page's fragment of a Pagefind index: gzip, then the signature "pagefind_dcd", then JSON.</summary>
    private static List<JsonElement> PagefindFragments(string pagefind)
    {
        var fragments = new List<JsonElement>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(pagefind, "fragment"), "*.pf_fragment"))
        {
            using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var bytes = new MemoryStream();
            gzip.CopyTo(bytes);
            var text = Encoding.UTF8.GetString(bytes.ToArray());
            Assert.StartsWith(PagefindSignature, text, StringComparison.Ordinal);
            fragments.Add(JsonDocument.Parse(text[PagefindSignature.Length..]).RootElement.Clone());
        }
        Assert.NotEmpty(fragments);
        return fragments;
    }

    /// <summary>Every string in a JSON value, property names included.</summary>
    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value).Prepend(p.Name)),
        _ => [],
    };

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
