using PianoSite.Pipeline;
using PianoSite.Tests.Support;
using PianoSite.Write;

namespace PianoSite.Tests.Rdf;

/// <summary>
/// The minimal plan with a complete content/catalogo.yml (the facts are a test's, not a real administration's),
/// built in memory with a base URL; <see cref="Written"/> puts its catalogue files on disk for the RDF tools.
/// </summary>
internal static class CatalogueFixture
{
    public const string BaseUrl = "https://piano.esempio.it/psttm/";

    public const string Complete = """
        # yaml-language-server: $schema=../schemas/catalogo.schema.json
        publisher:
          name: Ente "di prova" \ metropolitano
          ipa: ente_prova
        rights_holder:
          name: Ente di prova
          ipa: ente_prova
        themes: [GOVE, REGI]
        frequency: IRREG
        contact_point:
          name: Ufficio dati aperti
          email: dati@ente-prova.esempio.it
        modified: 2025-03-31

        """;

    public static FixturePlan WithCatalogue(string text = Complete)
    {
        var plan = FixturePlan.Minimal();
        plan.Write("content/catalogo.yml", text);
        return plan;
    }

    public static BuildResult Render(FixturePlan plan, string? baseUrl = BaseUrl, bool strict = false) =>
        new BuildPipeline(new BuildOptions(plan.Root, plan.Output, strict, baseUrl)).Render();

    /// <summary>The catalogue's files of a run, written under the plan's folder: their paths, RDF/XML first.</summary>
    public static string[] Written(FixturePlan plan, BuildResult result)
    {
        var paths = new[] { "site/dati/catalogo.rdf", "site/dati/catalogo.ttl" };
        foreach (var path in paths)
        {
            var file = Assert.Single(result.Files, f => f.Path == path);
            plan.WriteBytes(Path.Combine("written", path), file.Content.ToArray());
        }
        return [.. paths.Select(p => plan.PathOf(Path.Combine("written", p)))];
    }

    public static bool HasCatalogue(BuildResult result) => result.Files.Any(f => f.Path.StartsWith("site/dati/catalogo.", StringComparison.Ordinal));

    public static OutputFile File(BuildResult result, string path) => Assert.Single(result.Files, f => f.Path == path);
}
