using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using PianoSite.Tests.Support;

namespace PianoSite.Tests.Rdf;

/// <summary>
/// schema.org JSON-LD on the plan's, the missions' and the drivers' pages, expanded by a JSON-LD processor (npm
/// jsonld) as a search engine would read it; Open Graph and Twitter-card meta on every page.
/// </summary>
public sealed class StructuredDataTests
{
    private const string Schema = "http://schema.org/";

    [Fact]
    public void The_json_ld_expands_to_the_plan_published_by_its_issuer_with_its_parts_and_files()
    {
        using var plan = FixturePlan.Minimal();
        var pages = Pages(CatalogueFixture.Render(plan));
        var withJsonLd = pages.Where(p => JsonLd(p.Document) is not null).Select(p => p.Path).ToArray();

        Assert.Equal(
            ["site/agenda-strategica/01-citta-digitale/index.html", "site/index.html", "site/missioni/m1/index.html", "site/missioni/m2/index.html"],
            withJsonLd.Order(StringComparer.Ordinal));
        var expanded = Expand([.. withJsonLd.Select(path => JsonLd(pages.Single(p => p.Path == path).Document)!)]);
        var home = expanded[Array.IndexOf(withJsonLd, "site/index.html")];
        const string planId = CatalogueFixture.BaseUrl + "#piano";
        Assert.Equal(planId, home["@id"]!.GetValue<string>());
        Assert.Equal(Schema + "CreativeWork", Single(home["@type"]));
        Assert.Equal("it", Value(home, "inLanguage"));
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/deed.it", Id(home, "license"));
        var publisher = home[Schema + "publisher"]![0]!;
        Assert.Equal(Schema + "Organization", Single(publisher["@type"]));
        Assert.Equal("Ente di prova", Value(publisher, "name"));
        var encodings = home[Schema + "encoding"]!.AsArray();
        Assert.Equal(
            [CatalogueFixture.BaseUrl + "dati/obiettivi.csv", CatalogueFixture.BaseUrl + "dati/obiettivi.json",
             CatalogueFixture.BaseUrl + "dati/componenti-pnrr.csv", CatalogueFixture.BaseUrl + "dati/componenti-pnrr.json"],
            encodings.Select(e => Id(e!, "contentUrl")));
        foreach (var part in expanded.Where(e => e != home))
        {
            Assert.Equal(planId, part[Schema + "isPartOf"]![0]!["@id"]!.GetValue<string>());
            Assert.StartsWith(CatalogueFixture.BaseUrl, Id(part, "url"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Without_a_base_url_the_json_ld_names_no_address()
    {
        using var plan = FixturePlan.Minimal();
        var pages = Pages(CatalogueFixture.Render(plan, baseUrl: null));

        var expanded = Expand([.. pages.Select(p => JsonLd(p.Document)).OfType<JsonNode>()]);

        Assert.Equal(4, expanded.Length);
        Assert.All(expanded, e =>
        {
            Assert.Null(e["@id"]);
            Assert.DoesNotContain(Schema + "url", e.ToJsonString(), StringComparison.Ordinal);
            Assert.DoesNotContain(Schema + "contentUrl", e.ToJsonString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Every_page_has_open_graph_and_twitter_card_meta_matching_its_title_description_and_address()
    {
        using var plan = FixturePlan.Minimal();
        var pages = Pages(CatalogueFixture.Render(plan));

        Assert.NotEmpty(pages);
        foreach (var (path, page) in pages)
        {
            // The page's title, as the window's title shows it before the plan's short title.
            var title = Meta(page, "property", "og:title")!;
            Assert.True(page.Title!.StartsWith(title, StringComparison.Ordinal) && title.Length > 0, $"{path}: og:title «{title}», title «{page.Title}»");
            Assert.Equal(title, Meta(page, "name", "twitter:title"));
            Assert.Equal("summary", Meta(page, "name", "twitter:card"));
            Assert.Equal("it_IT", Meta(page, "property", "og:locale"));
            Assert.Equal(page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), Meta(page, "property", "og:url"));
            var description = Meta(page, "name", "description");
            Assert.Equal(description, Meta(page, "property", "og:description"));
            Assert.Equal(description, Meta(page, "name", "twitter:description"));
        }
    }

    private static string? Meta(IHtmlDocument page, string attribute, string name) =>
        page.QuerySelector($"meta[{attribute}='{name}']")?.GetAttribute("content");

    private static (string Path, IHtmlDocument Document)[] Pages(PianoSite.Pipeline.BuildResult result)
    {
        var parser = new HtmlParser();
        return [.. result.Files
            .Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && f.Path.StartsWith("site/", StringComparison.Ordinal) && f.Path != "site/404.html")
            .Select(f => (f.Path, parser.ParseDocument(Encoding.UTF8.GetString(f.Content.Span))))];
    }

    private static JsonNode? JsonLd(IHtmlDocument page)
    {
        var scripts = page.QuerySelectorAll("script[type='application/ld+json']").ToArray();
        Assert.True(scripts.Length <= 1);
        return scripts.Length == 0 ? null : JsonNode.Parse(scripts[0].TextContent);
    }

    /// <summary>Each document expanded by jsonld.js: the one node each page describes.</summary>
    private static JsonNode[] Expand(JsonNode[] documents)
    {
        var expanded = NodeScript.Run("jsonld-expand.mjs", [], new JsonArray([.. documents.Select(d => d.DeepClone())]).ToJsonString());
        return [.. expanded.EnumerateArray().Select(e => JsonNode.Parse(Assert.Single(e.EnumerateArray()).GetRawText())!)];
    }

    private static string Single(JsonNode? values) => Assert.Single(values!.AsArray())!.GetValue<string>();

    private static string Value(JsonNode node, string property) => node[Schema + property]![0]!["@value"]!.GetValue<string>();

    private static string Id(JsonNode node, string property) => node[Schema + property]![0]!["@id"]!.GetValue<string>();
}
