using System.Text;
using PianoSite.Diagnostics;
using PianoSite.Load;
using PianoSite.Model;
using PianoSite.Output;
using PianoSite.Render.Site;
using PianoSite.Write;

namespace PianoSite.Render.Catalogue;

/// <summary>
/// The open data's DCAT-AP_IT catalogue, in Turtle and RDF/XML (site/dati/catalogo.ttl, catalogo.rdf), for the
/// national catalogue's harvester. It is written only with --base-url (its addresses are absolute) and only when
/// content/catalogo.yml holds every fact the profile requires: a catalogue that would fail harvesting is never
/// published. The missing facts are the check stage's warnings (PS3006, PS3007); a build with --base-url and no
/// catalogo.yml says so (PS4005); without --base-url the command line says that no catalogue was written.
/// </summary>
public static class CatalogueRenderer
{
    public const string TurtlePath = "/dati/catalogo.ttl";
    public const string RdfXmlPath = "/dati/catalogo.rdf";

    /// <summary>Whether a build with these options writes the catalogue (the /dati/ page links to it then).</summary>
    public static bool Writes(Plan plan, string? baseUrl) => baseUrl is not null && plan.Catalogue is { } facts && !facts.Gaps(plan.Info.Adoption).Any();

    public static IEnumerable<OutputFile> Render(Plan plan, string? baseUrl, DiagnosticBag diagnostics)
    {
        if (baseUrl is null)
        {
            return [];
        }
        if (plan.Catalogue is null)
        {
            diagnostics.Warning(Codes.CatalogueNotWritten, SourceSpan.WholeFile(ContentLayout.CatalogueFile),
                $"il catalogo DCAT-AP_IT dei dati aperti non è stato scritto: manca il file {ContentLayout.CatalogueFile} con editore, titolare, temi e frequenza di aggiornamento dei dati (vedi docs/guida-redazione.md)",
                "catalogo");
            return [];
        }
        if (!Writes(plan, baseUrl))
        {
            return [];   // the check stage said what is missing
        }
        var triples = new CatalogueGraph(plan, plan.Catalogue, baseUrl).Build(OpenDataDescription.For(plan));
        return
        [
            new OutputFile($"{SiteLayout.Folder}{TurtlePath}", new UTF8Encoding(false).GetBytes(TurtleWriter.Write(triples))),
            new OutputFile($"{SiteLayout.Folder}{RdfXmlPath}", RdfXmlWriter.Write(triples)),
        ];
    }
}
