using PianoSite.Diagnostics;
using PianoSite.Tests.Support;

namespace PianoSite.Tests.Rdf;

/// <summary>
/// The DCAT-AP_IT catalogue of the open data: parsed by maintained RDF libraries (n3, rdfxml-streaming-parser) and
/// validated against SHACL shapes of the profile's mandatory properties (dcat-ap_it.shapes.ttl, each rule with its
/// section of the AgID guide); the shapes fail without each property; the facts come from content/catalogo.yml or
/// the catalogue is not written, with a diagnostic saying what to fill in.
/// </summary>
public sealed class CatalogueTests
{
    private const string Dct = "http://purl.org/dc/terms/";
    private const string Dcat = "http://www.w3.org/ns/dcat#";
    private const string Foaf = "http://xmlns.com/foaf/0.1/";
    private const string Vcard = "http://www.w3.org/2006/vcard/ns#";

    [Fact]
    public void A_build_with_a_base_url_writes_a_catalogue_that_conforms_to_the_shapes_in_both_serialisations()
    {
        using var plan = CatalogueFixture.WithCatalogue();
        var result = CatalogueFixture.Render(plan, strict: true);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var report = ShaclReport.Check(CatalogueFixture.Written(plan, result));

        Assert.True(report.Conforms, string.Join('\n', report.Results));
        Assert.Equal(report.Triples[0], report.Triples[1]);   // RDF/XML and Turtle: the same graph
        var triples = report.Triples[0];
        Assert.Single(triples, t => t.EndsWith("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://dati.gov.it/onto/dcatapit#Catalog> .", StringComparison.Ordinal));
        Assert.Equal(2, triples.Count(t => t.EndsWith("<http://dati.gov.it/onto/dcatapit#Dataset> .", StringComparison.Ordinal)));
        Assert.Equal(4, triples.Count(t => t.EndsWith("<http://dati.gov.it/onto/dcatapit#Distribution> .", StringComparison.Ordinal)));
        Assert.Contains($"<{CatalogueFixture.BaseUrl}dati/#obiettivi-csv> <{Dcat}accessURL> <{CatalogueFixture.BaseUrl}dati/obiettivi.csv> .", triples);
        Assert.Contains($"<{CatalogueFixture.BaseUrl}dati/#obiettivi> <{Dct}identifier> \"ente_prova:obiettivi\" .", triples);
        Assert.Contains($"<{CatalogueFixture.BaseUrl}dati/#obiettivi> <{Dct}modified> \"2025-03-31\"^^<http://www.w3.org/2001/XMLSchema#date> .", triples);
        Assert.Contains($"<{CatalogueFixture.BaseUrl}dati/#editore> <{Foaf}name> \"Ente \\\"di prova\\\" \\\\ metropolitano\"@it .", triples);
        // Every node but the licence (named by its own address) is under the site's base URL: absolute addresses.
        Assert.All(triples.Where(t => !t.StartsWith("<https://creativecommons.org/", StringComparison.Ordinal)),
            t => Assert.StartsWith($"<{CatalogueFixture.BaseUrl}dati/", t, StringComparison.Ordinal));
    }

    /// <summary>Each mandatory property of DCAT-AP_IT, as the shapes check it: without it the catalogue fails them.</summary>
    public static TheoryData<string> MandatoryProperties =>
    [
        Dct + "title", Dct + "description", Dct + "publisher", Dct + "modified", Dcat + "dataset",
        Dct + "identifier", Dcat + "theme", Dct + "rightsHolder", Dct + "accrualPeriodicity", Dcat + "distribution",
        Dct + "format", Dcat + "accessURL", Dct + "license", Foaf + "name", Vcard + "fn", Vcard + "hasEmail",
    ];

    [Theory]
    [MemberData(nameof(MandatoryProperties))]
    public void The_shapes_fail_a_catalogue_without_a_mandatory_property(string property)
    {
        using var plan = CatalogueFixture.WithCatalogue();
        var files = CatalogueFixture.Written(plan, CatalogueFixture.Render(plan));

        var report = ShaclReport.Check(files, drop: property);

        Assert.False(report.Conforms);
        Assert.Contains(report.Results, r => r.Path == property && r.Constraint == "http://www.w3.org/ns/shacl#MinCountConstraintComponent");
    }

    [Fact]
    public void The_shapes_fail_values_outside_the_profiles_vocabularies()
    {
        using var plan = CatalogueFixture.WithCatalogue();
        var files = CatalogueFixture.Written(plan, CatalogueFixture.Render(plan));
        var turtle = File.ReadAllText(files[1])
            .Replace("data-theme/GOVE", "data-theme/GOVERNO", StringComparison.Ordinal)
            .Replace("file-type/CSV", "file-type/csv", StringComparison.Ordinal)
            .Replace("\"ente_prova:obiettivi\"", "\"obiettivi\"", StringComparison.Ordinal);
        File.WriteAllText(files[1], turtle);

        var report = ShaclReport.Check([files[1]]);

        Assert.False(report.Conforms);
        Assert.Contains(report.Results, r => r.Path == Dcat + "theme" && r.Constraint!.EndsWith("InConstraintComponent", StringComparison.Ordinal));
        Assert.Contains(report.Results, r => r.Path == Dct + "format" && r.Constraint!.EndsWith("PatternConstraintComponent", StringComparison.Ordinal));
        Assert.Contains(report.Results, r => r.Path == Dct + "identifier" && r.Constraint!.EndsWith("PatternConstraintComponent", StringComparison.Ordinal));
    }

    [Fact]
    public void The_data_page_links_the_catalogue_only_when_it_is_written()
    {
        using var plan = CatalogueFixture.WithCatalogue();

        var withBase = System.Text.Encoding.UTF8.GetString(CatalogueFixture.File(CatalogueFixture.Render(plan), "site/dati/index.html").Content.Span);
        var withoutBase = System.Text.Encoding.UTF8.GetString(CatalogueFixture.File(CatalogueFixture.Render(plan, baseUrl: null), "site/dati/index.html").Content.Span);

        Assert.Contains("href=\"../dati/catalogo.rdf\"", withBase, StringComparison.Ordinal);
        Assert.Contains("href=\"../dati/catalogo.ttl\"", withBase, StringComparison.Ordinal);
        Assert.DoesNotContain("catalogo.", withoutBase, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_ipa_code_is_PS3006_at_the_publisher_and_no_catalogue_is_written()
    {
        using var plan = CatalogueFixture.WithCatalogue();
        var line = plan.LineOf("content/catalogo.yml", "  name: Ente \"di prova\"");
        plan.RemoveLine("content/catalogo.yml", "  ipa: ente_prova\nrights_holder:");

        var result = CatalogueFixture.Render(plan);

        var warning = DiagnosticAssert.One(result, Codes.CatalogueFactMissing, "content/catalogo.yml", line, 3);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("publisher.ipa", warning.Subject);
        Assert.Contains("manca il codice IPA in publisher: aggiungere ipa:", warning.Message, StringComparison.Ordinal);
        Assert.True(result.Succeeded);
        Assert.False(CatalogueFixture.HasCatalogue(result));
        Assert.False(CatalogueFixture.Render(plan, strict: true).Succeeded);
    }

    [Fact]
    public void Each_missing_mandatory_fact_is_named_at_its_place()
    {
        using var plan = CatalogueFixture.WithCatalogue("""
            # yaml-language-server: $schema=../schemas/catalogo.schema.json
            publisher:
              name: Ente di prova
            contact_point:
              email: dati@ente-prova.esempio.it

            """);

        var result = plan.Check();

        var gaps = result.Diagnostics.Where(d => d.Code == Codes.CatalogueFactMissing)
            .Select(d => (d.Subject, d.Span.Line)).ToArray();
        Assert.Equal([("rights_holder", 2), ("themes", 2), ("frequency", 2), ("modified", 2), ("publisher.ipa", 3), ("contact_point.name", 5)], gaps);
    }

    [Fact]
    public void Without_modified_the_catalogue_takes_the_adopting_acts_date_and_without_either_it_is_not_written()
    {
        var withoutModified = CatalogueFixture.Complete.Split('\n').Where(l => !l.TrimStart().StartsWith("modified:", StringComparison.Ordinal));
        using var plan = CatalogueFixture.WithCatalogue(string.Join('\n', withoutModified));

        var gap = Assert.Single(plan.Check().Diagnostics, d => d.Code == Codes.CatalogueFactMissing);
        Assert.Equal("modified", gap.Subject);
        Assert.Contains("aggiungere modified: AAAA-MM-GG", gap.Message, StringComparison.Ordinal);

        plan.InsertAfter("content/piano.yml", "language: it", "adoption:", "  organ: Consiglio metropolitano", "  number: 7/2025", "  date: 2025-03-01");
        Assert.DoesNotContain(plan.Check().Diagnostics, d => d.Code == Codes.CatalogueFactMissing);
    }

    [Fact]
    public void Values_outside_the_vocabularies_are_PS3007_at_the_value()
    {
        using var plan = CatalogueFixture.WithCatalogue(CatalogueFixture.Complete
            .Replace("[GOVE, REGI]", "[GOVE, Governo]", StringComparison.Ordinal)
            .Replace("IRREG", "ogni tre anni", StringComparison.Ordinal)
            .Replace("dati@ente-prova.esempio.it", "ufficio dati", StringComparison.Ordinal));

        var result = plan.Check();

        var invalid = result.Diagnostics.Where(d => d.Code == Codes.CatalogueFactInvalid).ToArray();
        Assert.Equal(["themes", "frequency", "contact_point.email"], invalid.Select(d => d.Subject));
        Assert.Equal(new SourceSpan("content/catalogo.yml", 8, 16), invalid[0].Span);
        Assert.Contains("il tema «Governo» non è del vocabolario europeo dei temi", invalid[0].Message, StringComparison.Ordinal);
        Assert.False(CatalogueFixture.HasCatalogue(CatalogueFixture.Render(plan)));
    }

    [Fact]
    public void A_base_url_without_catalogo_yml_is_PS4005_and_a_plan_without_it_checks_clean()
    {
        using var plan = FixturePlan.Minimal();

        var result = CatalogueFixture.Render(plan);

        var warning = DiagnosticAssert.OneForFile(result, Codes.CatalogueNotWritten, "content/catalogo.yml");
        Assert.Contains("il catalogo DCAT-AP_IT dei dati aperti non è stato scritto: manca il file content/catalogo.yml", warning.Message, StringComparison.Ordinal);
        Assert.False(CatalogueFixture.HasCatalogue(result));
        DiagnosticAssert.Clean(plan.Check(strict: true));
        Assert.DoesNotContain(CatalogueFixture.Render(plan, baseUrl: null).Diagnostics, d => d.Code == Codes.CatalogueNotWritten);
    }

    [Fact]
    public void The_CLI_says_that_no_catalogue_was_written_without_a_base_url()
    {
        using var plan = CatalogueFixture.WithCatalogue();

        var run = FixturePlan.Cli("build", "--root", plan.Root, "--no-pdf");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Catalogo DCAT-AP_IT dei dati aperti non scritto: i suoi indirizzi devono essere assoluti, indicare l'indirizzo pubblico del sito con --base-url.", run.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(plan.Output, "site", "dati", "catalogo.rdf")));
    }
}
