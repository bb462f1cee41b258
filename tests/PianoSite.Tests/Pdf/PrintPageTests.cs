using PianoSite.Diagnostics;
using PianoSite.Pdf;
using PianoSite.Pipeline;
using PianoSite.Render.Print;

namespace PianoSite.Tests.Pdf;

/// <summary>The print page's model and the PDF stage's pure parts, without a browser.</summary>
public sealed class PrintPageTests
{
    private static readonly Lazy<Model.Plan> RealPlan = new(() =>
        new BuildPipeline(new BuildOptions(TestPaths.RepositoryRoot, string.Empty)).Check().Plan!);

    [Fact]
    public void The_contents_list_every_part_mission_and_driver_in_document_order()
    {
        var plan = RealPlan.Value;

        var contents = new PrintPageBuilder(plan).ContentsTargets();

        Assert.Equal(
            ["visione", "obiettivi-strategici", "componenti-pnrr", "missione-1", "missione-2", "missione-3", "missione-4", "missione-5", "missione-6",
             "agenda-strategica", "driver-1", "driver-2", "driver-3", "driver-4", "driver-5", "driver-6", "driver-7", "driver-8", "driver-9", "driver-10", "piano-in-cifre", "colophon"],
            contents.Select(c => c.Anchor));
        Assert.All(contents, c => Assert.Null(c.Page));
        Assert.Equal("Missione 1. Digitalizzazione, innovazione, competitività, cultura e turismo", contents.Single(c => c.Anchor == "missione-1").Label);
    }

    [Fact]
    public void Measured_page_numbers_fill_the_contents()
    {
        var plan = RealPlan.Value;
        var builder = new PrintPageBuilder(plan);
        var outline = builder.ContentsTargets().Select((c, i) => new PdfOutlineEntry(c.Label, 1, i + 3)).Prepend(new PdfOutlineEntry(plan.Info.Title, 0, 1)).ToList();

        var pages = PdfEdition.Measure(outline, builder.ContentsTargets(), new DiagnosticBag())!;
        var view = builder.Build(pages);

        Assert.Equal("3", view.Contents[0].Page);
        Assert.Equal("5", view.Contents[1].Children[0].Page);
        Assert.Equal(pages.Find("colophon")!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), view.Contents[^1].Page);
    }

    [Fact]
    public void A_contents_heading_missing_from_the_bookmarks_is_an_error()
    {
        var plan = RealPlan.Value;
        var targets = new PrintPageBuilder(plan).ContentsTargets();
        var diagnostics = new DiagnosticBag();

        var pages = PdfEdition.Measure([new PdfOutlineEntry(targets[0].Label, 1, 3)], targets, diagnostics);

        Assert.Null(pages);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(Codes.PdfFailed, error.Code);
        Assert.Contains(targets[1].Label, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_colophon_names_the_online_editions_only_when_piano_yml_gives_the_address()
    {
        var plan = RealPlan.Value;

        Assert.Null(plan.Info.Website);
        Assert.Null(new PrintPageBuilder(plan).Build(PrintPageNumbers.None).Colophon.OnlineUrl);
        var colophon = new PrintPageBuilder(plan with { Info = plan.Info with { Website = "https://piano.example.it" } }).Build(PrintPageNumbers.None).Colophon;
        Assert.Equal("https://piano.example.it/", colophon.OnlineUrl);
        Assert.Equal("https://piano.example.it/dati/", colophon.OpenDataUrl);
    }

    [Fact]
    public void The_colophon_prints_no_date_without_the_adopting_act_and_the_act_when_given()
    {
        var plan = RealPlan.Value;

        Assert.Null(plan.Info.Adoption);
        Assert.Null(new PrintPageBuilder(plan).Build(PrintPageNumbers.None).Colophon.Adoption);
        var act = new Model.AdoptionAct("Consiglio metropolitano", "7/2025", new DateOnly(2025, 3, 1), plan.Info.Span);
        var colophon = new PrintPageBuilder(plan with { Info = plan.Info with { Adoption = act } }).Build(PrintPageNumbers.None).Colophon;
        Assert.Equal("Atto di adozione: Consiglio metropolitano, n. 7/2025 del 1° marzo 2025", colophon.Adoption);
    }

    [Theory]
    [InlineData("PSTTM 2025–2027", "\"PSTTM 2025–2027\"")]
    [InlineData("a \"b\" \\ c", "\"a \\\"b\\\" \\\\ c\"")]
    [InlineData("</style><script>", "\"\\3C /style>\\3C script>\"")]
    public void The_running_head_is_a_safe_css_string(string title, string css) =>
        Assert.Equal(css, PrintPageBuilder.CssString(title));

    [Fact]
    public void A_browser_path_that_does_not_exist_is_PS7001_with_how_to_install()
    {
        var diagnostics = new DiagnosticBag();

        var browser = BrowserLocator.Find("/nonexistent/chromium", diagnostics);

        Assert.Null(browser);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(Codes.BrowserNotFound, error.Code);
        Assert.Contains("apt-get install chromium", error.Message, StringComparison.Ordinal);
        Assert.Contains("--no-pdf", error.Message, StringComparison.Ordinal);
    }
}
