using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PianoSite.Pdf;
using PianoSite.Render.Print;

namespace PianoSite.Tests.Pdf;

/// <summary>What PDF/UA-1 and EN 301 549 ask of the document itself, checked on the real plan's PDF.</summary>
[Collection(PdfEditionGroup.Name)]
public sealed class PdfAccessibilityTests(PdfEditionFixture pdf)
{
    [Fact]
    public void The_pdf_is_tagged_with_a_structure_tree()
    {
        using var document = pdf.Open();
        var catalog = document.Internals.Catalog;

        var root = catalog.Elements.GetDictionary("/StructTreeRoot");
        Assert.NotNull(root);
        Assert.NotNull(root.Elements["/K"]);
        var markInfo = catalog.Elements.GetDictionary("/MarkInfo");
        Assert.NotNull(markInfo);
        Assert.True(markInfo.Elements.GetBoolean("/Marked"));
    }

    [Fact]
    public void The_pdf_declares_its_language_and_shows_its_title()
    {
        using var document = pdf.Open();
        var catalog = document.Internals.Catalog;

        Assert.Equal("it-IT", catalog.Elements.GetString("/Lang"));
        Assert.True(catalog.Elements.GetDictionary("/ViewerPreferences")!.Elements.GetBoolean("/DisplayDocTitle"));
        Assert.Equal("/UseOutlines", catalog.Elements.GetName("/PageMode"));
        Assert.Equal(pdf.Plan.Info.Title, document.Info.Title);
        Assert.Equal("Città metropolitana di Milano", document.Info.Author);
        Assert.False(string.IsNullOrWhiteSpace(document.Info.Subject));
    }

    [Fact]
    public void The_xmp_metadata_has_title_author_language_and_the_pdf_ua_identification()
    {
        using var document = pdf.Open();
        var metadata = document.Internals.Catalog.Elements.GetDictionary("/Metadata");
        Assert.NotNull(metadata);
        Assert.Equal("/XML", metadata.Elements.GetName("/Subtype"));
        var xmp = Encoding.UTF8.GetString(metadata.Stream.UnfilteredValue);

        Assert.Contains($"<rdf:li xml:lang=\"x-default\">{pdf.Plan.Info.Title}</rdf:li>", xmp, StringComparison.Ordinal);
        Assert.Contains("<rdf:li>Città metropolitana di Milano</rdf:li>", xmp, StringComparison.Ordinal);
        Assert.Contains("<dc:language>", xmp, StringComparison.Ordinal);
        Assert.Contains("<rdf:li>it-IT</rdf:li>", xmp, StringComparison.Ordinal);
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", xmp, StringComparison.Ordinal);
        Assert.Contains($"<pdf:Producer>{document.Info.Producer}</pdf:Producer>", xmp, StringComparison.Ordinal);
        // The dates: PdfDateTests.
    }

    [Fact]
    public void Every_mission_and_driver_has_a_bookmark_pointing_to_the_page_of_its_heading()
    {
        var headings = pdf.Plan.Missions.Select(PrintPageBuilder.MissionHeading)
            .Concat(pdf.Plan.Drivers.Select(PrintPageBuilder.DriverHeading))
            .ToList();
        Assert.Equal(16, headings.Count);

        foreach (var heading in headings)
        {
            var bookmark = Assert.Single(pdf.Outline, e => e.Title == heading);
            Assert.InRange(bookmark.Page, 3, pdf.Pages.Count);
            // A mission or a driver starts its page: the heading is the first text after the running head.
            var page = PdfText.Squeezed(pdf.Pages[bookmark.Page - 1]);
            var afterRunningHead = page[PdfText.Squeezed(pdf.Plan.Info.ShortTitle).Length..];
            Assert.True(afterRunningHead.StartsWith(PdfText.Squeezed(heading), StringComparison.Ordinal),
                $"«{heading}» is not at the top of page {bookmark.Page}: {pdf.Pages[bookmark.Page - 1][..Math.Min(200, pdf.Pages[bookmark.Page - 1].Length)]}");
        }
    }

    [Fact]
    public void The_bookmarks_follow_the_heading_structure()
    {
        // h1 (the plan's title) on top, the parts below it, the drivers below the Agenda strategica.
        Assert.Equal(pdf.Plan.Info.Title, pdf.Outline[0].Title);
        Assert.Equal(0, pdf.Outline[0].Depth);
        Assert.All(pdf.Outline.Skip(1), e => Assert.InRange(e.Depth, 1, 2));
        Assert.All(pdf.Plan.Drivers, d => Assert.Equal(2, pdf.Outline.Single(e => e.Title == PrintPageBuilder.DriverHeading(d)).Depth));
        Assert.All(pdf.Plan.Missions, m => Assert.Equal(1, pdf.Outline.Single(e => e.Title == PrintPageBuilder.MissionHeading(m)).Depth));
    }

    [Fact]
    public void Every_bookmark_is_titled_exactly_as_its_heading()
    {
        // Chromium's own titles lose the spaces at line breaks and sometimes repeat a first line: the finisher mends them.
        using var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(pdf.Output, "site", "stampa", "index.html")));
        var headings = OutlineTitles.Headings(page);

        Assert.Equal(headings, pdf.Outline.Select(e => e.Title));
        Assert.Contains("Indice", headings);
    }

    [Fact]
    public void Every_font_is_embedded()
    {
        using var document = pdf.Open();
        var fonts = new List<(string Name, bool Embedded)>();
        var seen = new HashSet<PdfDictionary>(ReferenceEqualityComparer.Instance);
        foreach (var page in document.Pages)
        {
            CollectFonts(page.Elements.GetDictionary("/Resources"), fonts, seen);
        }

        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.True(f.Embedded, $"font {f.Name} is not embedded"));
        Assert.Contains(fonts, f => f.Name.Contains("TitilliumWeb", StringComparison.Ordinal));
    }

    [Fact]
    public void Everything_drawn_is_either_tagged_or_an_artifact()
    {
        using var document = pdf.Open();
        var pageNumber = 0;
        foreach (var page in document.Pages)
        {
            pageNumber++;
            var content = page.Elements.GetDictionary("/Contents") is { Stream: not null } single
                ? single.Stream.UnfilteredValue
                : [.. page.Elements.GetArray("/Contents")!.Elements.OfType<PdfReference>().SelectMany(r => ((PdfDictionary)r.Value).Stream.UnfilteredValue)];
            var depth = 0;
            foreach (var op in ContentStreamLexer.Read(content))
            {
                depth += op.Operator is "BMC" or "BDC" ? 1 : op.Operator == "EMC" ? -1 : 0;
                if (op.Operator is "Tj" or "TJ" or "'" or "\"" or "S" or "s" or "f" or "F" or "f*" or "B" or "B*" or "b" or "b*" or "Do" or "sh")
                {
                    Assert.True(depth > 0, $"page {pageNumber}: «{op.Operator}» draws outside any tagged or artifact content");
                }
            }
            Assert.Equal(0, depth);
        }
    }

    [Fact]
    public void Each_chart_of_il_piano_in_cifre_is_a_tagged_figure_with_its_title_and_summary_as_alternative_text()
    {
        using var document = pdf.Open();
        var figures = document.Internals.GetAllObjects().OfType<PdfDictionary>()
            .Where(d => d.Elements.GetName("/Type") == "/StructElem" && d.Elements.GetName("/S") == "/Figure" && d.Elements.ContainsKey("/Alt"))
            .Select(d => d.Elements.GetString("/Alt"))
            .ToHashSet(StringComparer.Ordinal);
        var plan = new PianoSite.Pipeline.BuildPipeline(new PianoSite.Pipeline.BuildOptions(TestPaths.RepositoryRoot, string.Empty)).Check().Plan!;

        var charts = new PianoSite.Render.Charts.ChartBuilder(plan).All();

        Assert.Equal(3, charts.Length);
        Assert.All(charts, c => Assert.Contains(c.AltText, figures));
    }

    [Fact]
    public void Every_link_is_tagged_and_described()
    {
        using var document = pdf.Open();
        var links = document.Pages.Cast<PdfPage>()
            .SelectMany(p => p.Elements.GetArray("/Annots")?.Elements.OfType<PdfReference>() ?? [])
            .Select(r => (PdfDictionary)r.Value)
            .Where(a => a.Elements.GetName("/Subtype") == "/Link")
            .ToList();

        // The contents, the objective tables' component and driver references, the colophon's addresses.
        Assert.True(links.Count > 200, $"only {links.Count} links");
        Assert.All(links, l => Assert.False(string.IsNullOrWhiteSpace(l.Elements.GetString("/Contents"))));
        Assert.All(links, l => Assert.True(l.Elements.ContainsKey("/StructParent")));
        Assert.Contains(links, l => l.Elements.GetString("/Contents") == "Vai a «Missione 1. Digitalizzazione, innovazione, competitività, cultura e turismo»");
        Assert.Contains(links, l => l.Elements.GetString("/Contents") == "Vai a «M1C2»");
    }

    private static void CollectFonts(PdfDictionary? resources, List<(string, bool)> fonts, HashSet<PdfDictionary> seen)
    {
        if (resources is null || !seen.Add(resources))
        {
            return;
        }
        if (resources.Elements.GetDictionary("/Font") is { } fontTable)
        {
            foreach (var key in fontTable.Elements.Keys)
            {
                var font = fontTable.Elements.GetDictionary(key)!;
                var name = font.Elements.GetName("/BaseFont");
                var described = font.Elements.GetName("/Subtype") == "/Type0"
                    ? ((PdfDictionary)((PdfReference)font.Elements.GetArray("/DescendantFonts")!.Elements[0]).Value)
                    : font;
                var descriptor = described.Elements.GetDictionary("/FontDescriptor");
                var embedded = font.Elements.GetName("/Subtype") == "/Type3" // glyphs drawn by the file itself
                    || (descriptor is not null && (descriptor.Elements.ContainsKey("/FontFile")
                        || descriptor.Elements.ContainsKey("/FontFile2") || descriptor.Elements.ContainsKey("/FontFile3")));
                fonts.Add((name, embedded));
                CollectFonts(font.Elements.GetDictionary("/Resources"), fonts, seen);
            }
        }
        if (resources.Elements.GetDictionary("/XObject") is { } xobjects)
        {
            foreach (var key in xobjects.Elements.Keys)
            {
                CollectFonts(xobjects.Elements.GetDictionary(key)?.Elements.GetDictionary("/Resources"), fonts, seen);
            }
        }
    }
}
