using System.Text;
using PianoSite.Pipeline;
using PianoSite.Render.Site;

namespace PianoSite.Tests.Site;

/// <summary>The website's pages and cross references, on the fixture plan and on the real one.</summary>
public class SiteRoutesTests
{
    private static readonly Lazy<BuildResult> Fixture = new(() => GoldenSite.Render("https://www.esempio.it/piano/"));

    private static string Page(string path) => GoldenSite.Text(Fixture.Value, path);

    [Fact]
    public void Every_route_of_the_fixture_is_rendered()
    {
        var pages = Fixture.Value.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).Select(f => f.Path).ToHashSet();
        string[] expected =
        [
            "site/index.html", "site/visione/index.html", "site/obiettivi-strategici/index.html", "site/piano-in-cifre/index.html", "site/missioni/index.html",
            "site/missioni/m1/index.html", "site/missioni/m2/index.html", "site/pnrr/index.html", "site/pnrr/m1c1/index.html",
            "site/pnrr/m1c2/index.html", "site/pnrr/m2c1/index.html", "site/agenda-strategica/index.html",
            "site/agenda-strategica/01-primo-driver/index.html", "site/agenda-strategica/02-secondo-driver/index.html",
            "site/attori/index.html", "site/attori/cm/index.html", "site/attori/comuni/index.html",
            "site/attori/corpi-intermedi/index.html", "site/cerca/index.html", "site/dati/index.html",
            "site/accessibilita/index.html", "site/404.html", "site/stampa/index.html",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), pages.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Pages_listing_every_component_are_weighted_by_them_so_they_are_not_made_last()
    {
        var plan = Fixture.Value.Plan!;
        var routes = new SiteRoutes(plan, new SiteOptions(null, WithPdf: false)).All().ToDictionary(r => r.Path);

        Assert.Equal(plan.Components.Length, routes["obiettivi-strategici/"].Rows);
        Assert.Equal(plan.Components.Length, routes["pnrr/"].Rows);
        Assert.Equal(plan.Missions[0].Objectives.Length, routes["missioni/m1/"].Rows);
        Assert.Equal(0, routes["accessibilita/"].Rows);
    }

    [Fact]
    public void Objective_rows_carry_their_anchor_only_on_the_mission_page()
    {
        Assert.Contains("<tr id=\"obiettivo-m1-1\">", Page("site/missioni/m1/index.html"), StringComparison.Ordinal);
        var component = Page("site/pnrr/m1c1/index.html");
        Assert.DoesNotContain("id=\"obiettivo-m1-1\"", component, StringComparison.Ordinal);
        Assert.Contains("href=\"../../missioni/m1/index.html#obiettivo-m1-1\"", component, StringComparison.Ordinal);
    }

    [Fact]
    public void A_component_page_lists_every_objective_linked_to_it_and_no_other()
    {
        var page = Page("site/pnrr/m1c1/index.html");
        Assert.Contains("#obiettivo-m1-1", page, StringComparison.Ordinal);
        Assert.Contains("#obiettivo-m1-2", page, StringComparison.Ordinal);
        Assert.DoesNotContain("#obiettivo-m2-1", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_driver_page_lists_objectives_of_every_mission_it_carries_out()
    {
        var page = Page("site/agenda-strategica/01-primo-driver/index.html");
        Assert.Contains("#obiettivo-m1-1", page, StringComparison.Ordinal);
        Assert.Contains("#obiettivo-m2-1", page, StringComparison.Ordinal);
        Assert.DoesNotContain("#obiettivo-m1-2", page, StringComparison.Ordinal);
        Assert.Contains("rel=\"next\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"prev\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public void An_actor_page_groups_its_objectives_by_mission()
    {
        var page = Page("site/attori/corpi-intermedi/index.html");
        Assert.Contains("id=\"missione-m1\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"missione-m2\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("#obiettivo-m1-2", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Actor_marks_are_spoken_not_only_shown()
    {
        var page = Page("site/missioni/m1/index.html");
        Assert.Contains("<span class=\"actor-spoken\">Comuni: sì</span>", page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"actor-spoken\">Città metropolitana: no</span>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_base_url_sets_canonical_links_and_absolute_sitemap_addresses()
    {
        Assert.Contains("<link rel=\"canonical\" href=\"https://www.esempio.it/piano/missioni/m1/\">", Page("site/missioni/m1/index.html"), StringComparison.Ordinal);
        var sitemap = Page("site/sitemap.xml");
        Assert.Contains("<loc>https://www.esempio.it/piano/pnrr/m1c1/</loc>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("404", sitemap, StringComparison.Ordinal);
        Assert.Contains("Sitemap: https://www.esempio.it/piano/sitemap.xml", Page("site/robots.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_base_url_there_is_no_canonical_link()
    {
        var result = GoldenSite.Render();
        Assert.DoesNotContain("rel=\"canonical\"", GoldenSite.Text(result, "site/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("Sitemap:", GoldenSite.Text(result, "site/robots.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_pdf_link_appears_only_when_the_pdf_edition_is_built()
    {
        var plan = Fixture.Value.Plan!;
        var without = new SiteRoutes(plan, new SiteOptions(null, WithPdf: false)).All().Single(r => r.Path.Length == 0);
        var with = new SiteRoutes(plan, new SiteOptions(null, WithPdf: true)).All().Single(r => r.Path.Length == 0);
        Assert.DoesNotContain(((HomeView)without.Model).Downloads, l => l.Href == SiteRoutes.PdfPath);
        Assert.Contains(((HomeView)with.Model).Downloads, l => l.Href == SiteRoutes.PdfPath);
    }

    [Fact]
    public void The_search_page_and_404_are_not_indexed_and_the_others_are()
    {
        Assert.DoesNotContain("data-pagefind-body", Page("site/cerca/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("data-pagefind-body", Page("site/404.html"), StringComparison.Ordinal);
        Assert.Contains("data-pagefind-body", Page("site/visione/index.html"), StringComparison.Ordinal);
        Assert.Contains(Fixture.Value.Files, f => f.Path == "site/pagefind/pagefind.js");
    }

    [Fact]
    public void The_data_page_describes_every_column_of_every_file()
    {
        var page = Page("site/dati/index.html");
        foreach (var file in new[] { "site/dati/obiettivi.csv", "site/dati/componenti-pnrr.csv" })
        {
            var header = Encoding.UTF8.GetString(Fixture.Value.Files.Single(f => f.Path == file).Content.Span).Split('\n')[0].TrimStart('\uFEFF').TrimEnd('\r');
            foreach (var column in header.Split(','))
            {
                Assert.Contains($"<code>{column}</code>", page, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Every_page_of_the_real_plan_passes_the_verify_stage()
    {
        var result = new BuildPipeline(new BuildOptions(TestPaths.RepositoryRoot, Path.Combine(Path.GetTempPath(), "unused"))).Render();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Where(d => d.IsError)));
        var plan = result.Plan!;
        // home, visione, obiettivi-strategici, piano-in-cifre, missioni, pnrr, agenda, attori, cerca, dati, accessibilità, 404, stampa + one page each
        var expected = 13 + plan.Missions.Length + plan.Components.Length + plan.Drivers.Length + plan.Actors.Length;
        Assert.Equal(expected, result.Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal)));
    }
}
