using PianoSite.Model;
using PianoSite.Render.Site;

namespace PianoSite.Render.Catalogue;

/// <summary>
/// The open data as a DCAT-AP_IT catalogue: one dcatapit:Catalog, one dcatapit:Dataset per table of /dati/ and one
/// dcatapit:Distribution per file, with the publisher, the rights holder and the contact point the editors gave in
/// content/catalogo.yml. Titles and descriptions are those of the /dati/ page (<see cref="OpenDataDescription"/>), so
/// the catalogue says what the page says. Every node is named under the site's /dati/ page, whose sections hold
/// the datasets' descriptions. The properties and their cardinalities follow the «Guida pratica a DCAT-AP_IT»
/// (dati.gov.it), section by section; tests/PianoSite.Tests/Catalogue/dcat-ap_it.shapes.ttl holds the same rules as
/// SHACL, each with its section.
/// </summary>
public sealed class CatalogueGraph(Plan plan, CatalogueFacts facts, string baseUrl)
{
    private readonly string origin = baseUrl.TrimEnd('/');
    private readonly List<RdfTriple> triples = [];

    public string CatalogueIri => $"{origin}/dati/#catalogo";

    private string PublisherIri => $"{origin}/dati/#editore";

    private string RightsHolderIri => $"{origin}/dati/#titolare";

    private string ContactIri => $"{origin}/dati/#contatto";

    public IReadOnlyList<RdfTriple> Build(DataView data)
    {
        var language = plan.Info.Language == "it" ? EuVocabulary.Language("ITA") : null;
        // Written only without gaps (CatalogueFacts.Gaps): a date is given, by catalogo.yml or by the adopting act.
        var modified = RdfTerm.Date(facts.Modified?.Value ?? plan.Info.Adoption!.Date);
        var datasets = data.DataSets.Select(d => (Set: d, Iri: $"{origin}/dati/#{d.HeadingId}")).ToArray();

        // Catalogo: § Elementi obbligatori (titolo, descrizione, editore, data di ultima modifica, dataset) and
        // § Elementi raccomandati (home page, lingua, temi).
        Add(CatalogueIri, Rdf.Type, RdfTerm.Iri(Rdf.DcatApIt + "Catalog"), RdfTerm.Iri(Rdf.Dcat + "Catalog"));
        Add(CatalogueIri, Rdf.Dct + "title", RdfTerm.Text($"Dati aperti del {plan.Info.Title}", "it"));
        Add(CatalogueIri, Rdf.Dct + "description", RdfTerm.Text(
            $"Gli obiettivi strategici e le componenti PNRR del {plan.Info.Title}, pubblicati da {plan.Info.Issuer} come dati aperti nei formati CSV e JSON.", "it"));
        Add(CatalogueIri, Rdf.Dct + "publisher", RdfTerm.Iri(PublisherIri));
        Add(CatalogueIri, Rdf.Dct + "modified", modified);
        Add(CatalogueIri, Rdf.Foaf + "homepage", RdfTerm.Iri($"{origin}/dati/"));
        AddLanguage(CatalogueIri, language);
        Add(CatalogueIri, Rdf.Dcat + "themeTaxonomy", RdfTerm.Iri(EuVocabulary.DataThemeScheme));
        Add(CatalogueIri, Rdf.Dcat + "dataset", [.. datasets.Select(d => RdfTerm.Iri(d.Iri))]);

        foreach (var (set, iri) in datasets)
        {
            AddDataset(set, iri, modified, language);
        }
        AddAgent(PublisherIri, facts.Publisher!);
        AddAgent(RightsHolderIri, facts.RightsHolder!);
        if (facts.ContactPoint is { } contact)
        {
            // Punto di contatto (dcatapit:Organization): nome e email obbligatori.
            Add(ContactIri, Rdf.Type, RdfTerm.Iri(Rdf.DcatApIt + "Organization"), RdfTerm.Iri(Rdf.Vcard + "Organization"), RdfTerm.Iri(Rdf.Vcard + "Kind"));
            Add(ContactIri, Rdf.Vcard + "fn", RdfTerm.Plain(contact.Name!.Value));
            Add(ContactIri, Rdf.Vcard + "hasEmail", RdfTerm.Iri("mailto:" + contact.Email!.Value));
        }
        // Licenza (dcatapit:LicenseDocument): the plan's licence, named as piano.yml names it.
        var licence = plan.Info.Licence;
        Add(licence.Url, Rdf.Type, RdfTerm.Iri(Rdf.DcatApIt + "LicenseDocument"), RdfTerm.Iri(Rdf.Dct + "LicenseDocument"));
        Add(licence.Url, Rdf.Foaf + "name", RdfTerm.Plain(licence.Name));
        return triples;
    }

    private void AddDataset(DataSet set, string iri, RdfTerm modified, string? language)
    {
        // Dataset: § Elementi obbligatori (identificativo, titolo, descrizione, data di ultima modifica, temi, titolare,
        // frequenza di aggiornamento, distribuzione) and § Elementi raccomandati (punto di contatto, editore).
        Add(iri, Rdf.Type, RdfTerm.Iri(Rdf.DcatApIt + "Dataset"), RdfTerm.Iri(Rdf.Dcat + "Dataset"));
        Add(iri, Rdf.Dct + "identifier", RdfTerm.Plain($"{facts.Publisher!.Ipa!.Value}:{set.HeadingId}"));
        Add(iri, Rdf.Dct + "title", RdfTerm.Text(set.Title, "it"));
        Add(iri, Rdf.Dct + "description", RdfTerm.Text(set.Description, "it"));
        Add(iri, Rdf.Dct + "modified", modified);
        Add(iri, Rdf.Dcat + "theme", [.. facts.Themes.Select(t => t.Value).Distinct(StringComparer.Ordinal).Select(t => RdfTerm.Iri(EuVocabulary.DataTheme(t)))]);
        Add(iri, Rdf.Dct + "rightsHolder", RdfTerm.Iri(RightsHolderIri));
        Add(iri, Rdf.Dct + "accrualPeriodicity", RdfTerm.Iri(EuVocabulary.Frequency(facts.Frequency!.Value)));
        Add(iri, Rdf.Dct + "publisher", RdfTerm.Iri(PublisherIri));
        if (facts.ContactPoint is not null)
        {
            Add(iri, Rdf.Dcat + "contactPoint", RdfTerm.Iri(ContactIri));
        }
        Add(iri, Rdf.Dcat + "landingPage", RdfTerm.Iri($"{origin}/dati/#{set.HeadingId}"));
        AddLanguage(iri, language);
        var files = set.Files.Select(f => (File: f, Url: origin + f.Href, Format: FormatOf(f.Href))).ToArray();
        Add(iri, Rdf.Dcat + "distribution", [.. files.Select(f => RdfTerm.Iri(DistributionIri(set, f.Format)))]);
        foreach (var (file, url, format) in files)
        {
            // Distribuzione: § Elementi obbligatori (formato, URL di accesso, licenza), § raccomandati (descrizione),
            // § opzionali (titolo, URL di download).
            var distribution = DistributionIri(set, format);
            Add(distribution, Rdf.Type, RdfTerm.Iri(Rdf.DcatApIt + "Distribution"), RdfTerm.Iri(Rdf.Dcat + "Distribution"));
            Add(distribution, Rdf.Dct + "title", RdfTerm.Text(url[(url.LastIndexOf('/') + 1)..], "it"));
            Add(distribution, Rdf.Dct + "description", RdfTerm.Text($"{set.Title}: {file.Label}", "it"));
            Add(distribution, Rdf.Dct + "format", RdfTerm.Iri(EuVocabulary.FileType(format)));
            Add(distribution, Rdf.Dcat + "accessURL", RdfTerm.Iri(url));
            Add(distribution, Rdf.Dcat + "downloadURL", RdfTerm.Iri(url));
            Add(distribution, Rdf.Dct + "license", RdfTerm.Iri(plan.Info.Licence.Url));
        }
    }

    /// <summary>Soggetto (dcatapit:Agent): identificativo (the IPA code) and nome, both mandatory.</summary>
    private void AddAgent(string iri, CatalogueAgent agent)
    {
        Add(iri, Rdf.Type, RdfTerm.Iri(Rdf.DcatApIt + "Agent"), RdfTerm.Iri(Rdf.Foaf + "Agent"));
        Add(iri, Rdf.Dct + "identifier", RdfTerm.Plain(agent.Ipa!.Value));
        Add(iri, Rdf.Foaf + "name", RdfTerm.Text(agent.Name!.Value, "it"));
    }

    private void AddLanguage(string iri, string? language)
    {
        if (language is not null)
        {
            Add(iri, Rdf.Dct + "language", RdfTerm.Iri(language));
        }
    }

    private string DistributionIri(DataSet set, string format) => $"{origin}/dati/#{set.HeadingId}-{format.ToLowerInvariant()}";

    /// <summary>The EU file-type code of an open-data file, from its extension (the files are CSV and JSON).</summary>
    private static string FormatOf(string href) =>
        href.EndsWith(".csv", StringComparison.Ordinal) ? "CSV"
        : href.EndsWith(".json", StringComparison.Ordinal) ? "JSON"
        : throw new InvalidOperationException($"no EU file type for {href}: add it here");

    private void Add(string subject, string predicate, params RdfTerm[] objects)
    {
        foreach (var o in objects)
        {
            triples.Add(new RdfTriple(subject, predicate, o));
        }
    }
}
