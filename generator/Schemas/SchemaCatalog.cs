using PianoSite.Load;
using PianoSite.Parse.Shapes;

namespace PianoSite.Schemas;

/// <summary>
/// The JSON Schemas of the content, generated from <see cref="ContentShapes"/> (the same field lists the readers
/// use) by the schemas verb into schemas/. The YAML files point at theirs with a first line
/// <c># yaml-language-server: $schema=…</c>, so VS Code's YAML extension completes and checks them while typing.
/// </summary>
public static class SchemaCatalog
{
    public const string Folder = "schemas";

    public static IReadOnlyList<SchemaFile> All { get; } =
    [
        new("piano.schema.json", ContentShapes.Plan, ContentLayout.PlanFile),
        new("pnrr.schema.json", ContentShapes.Pnrr, ContentLayout.PnrrFile),
        new("missione.schema.json", ContentShapes.Mission, $"{ContentLayout.MissionsFolder}/*.yml"),
        new("controlli.schema.json", ContentShapes.Checks, ContentLayout.ChecksFile),
        new("catalogo.schema.json", ContentShapes.Catalogue, ContentLayout.CatalogueFile),
        new("driver.schema.json", ContentShapes.Driver, $"{ContentLayout.DriversFolder}/*.md", IsFrontMatter: true),
        new("pagina.schema.json", ContentShapes.Page, $"{ContentLayout.PagesFolder}/*.md", IsFrontMatter: true),
    ];

    /// <summary>Every schema as the bytes of its file.</summary>
    public static IReadOnlyList<(string FileName, byte[] Content)> Generate() =>
        [.. All.Select(schema => (schema.FileName, JsonSchemaWriter.Write(schema)))];

    /// <summary>Writes every schema into <paramref name="folder"/>; returns the paths written.</summary>
    public static IReadOnlyList<string> WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var (fileName, content) in Generate())
        {
            var path = Path.Combine(folder, fileName);
            File.WriteAllBytes(path, content);
            written.Add(path);
        }
        return written;
    }

    /// <summary>The modeline a YAML content file starts with, pointing at its schema relative to the file.</summary>
    public static string ModelineFor(string contentFile, SchemaFile schema)
    {
        var depth = contentFile.Count(c => c == '/');
        return $"# yaml-language-server: $schema={string.Concat(Enumerable.Repeat("../", depth))}{Folder}/{schema.FileName}";
    }
}
