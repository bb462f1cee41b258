using System.Text.Json;
using PianoSite.Diagnostics;
using PianoSite.Load;
using PianoSite.Parse;
using PianoSite.Parse.Markdown;
using PianoSite.Parse.Readers;
using PianoSite.Schemas;

namespace PianoSite.Tests.Schemas;

public sealed class SchemaTests
{
    private static readonly string SchemaFolder = Path.Combine(TestPaths.RepositoryRoot, SchemaCatalog.Folder);

    public static TheoryData<string> SchemaNames => [.. SchemaCatalog.All.Select(s => s.FileName)];

    [Fact]
    public void The_schemas_in_the_repository_are_the_generated_ones()
    {
        var generated = SchemaCatalog.Generate();

        Assert.Equal(
            generated.Select(g => g.FileName).Order(StringComparer.Ordinal),
            Directory.EnumerateFiles(SchemaFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var (fileName, content) in generated)
        {
            var onDisk = File.ReadAllBytes(Path.Combine(SchemaFolder, fileName));
            Assert.True(content.AsSpan().SequenceEqual(onDisk),
                $"schemas/{fileName} is out of date: run `dotnet run --project generator -- schemas` and commit the result");
        }
    }

    [Fact]
    public void Every_yaml_content_file_starts_with_the_modeline_of_its_schema()
    {
        var checkedFiles = 0;
        foreach (var schema in SchemaCatalog.All.Where(s => !s.IsFrontMatter))
        {
            foreach (var file in ContentFiles(schema))
            {
                var firstLine = File.ReadLines(Path.Combine(TestPaths.RepositoryRoot, file)).First();
                Assert.Equal(SchemaCatalog.ModelineFor(file, schema), firstLine);
                var target = firstLine[(firstLine.IndexOf('=', StringComparison.Ordinal) + 1)..];
                Assert.True(File.Exists(Path.Combine(TestPaths.RepositoryRoot, Path.GetDirectoryName(file)!, target)), $"{file} points at a missing {target}");
                checkedFiles++;
            }
        }
        Assert.Equal(9, checkedFiles);
    }

    [Fact]
    public void The_real_content_is_valid_against_its_schemas()
    {
        foreach (var schema in SchemaCatalog.All)
        {
            var json = Schema(schema.FileName);
            foreach (var file in ContentFiles(schema))
            {
                var source = SourceReader.Read(TestPaths.RepositoryRoot, file, new DiagnosticBag())!;
                var yaml = schema.IsFrontMatter ? FrontMatterText(source) : source.Text;
                Assert.Empty(SchemaValidator.Validate(json, yaml).Select(e => $"{file}: {e}"));
            }
        }
    }

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public void A_complete_document_satisfies_both_the_reader_and_the_schema(string schemaName)
    {
        var schema = SchemaCatalog.All.Single(s => s.FileName == schemaName);
        var yaml = SampleDocument.ToYaml(SampleDocument.Build(schema.Shape));

        Assert.DoesNotContain(Read(schema, yaml), d => d.IsError);
        Assert.Empty(SchemaValidator.Validate(Schema(schemaName), yaml));
    }

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public void Leaving_out_a_field_fails_the_reader_and_the_schema_exactly_when_it_is_required(string schemaName)
    {
        var schema = SchemaCatalog.All.Single(s => s.FileName == schemaName);
        foreach (var (path, field) in SampleDocument.Fields(schema.Shape))
        {
            var yaml = SampleDocument.ToYaml(SampleDocument.Without(schema.Shape, path));
            var readerErrors = Read(schema, yaml).Where(d => d.IsError).ToList();
            var schemaErrors = SchemaValidator.Validate(Schema(schemaName), yaml);
            var where = string.Join('.', path);
            if (field.Required)
            {
                Assert.True(readerErrors.Exists(d => d.Code == Codes.MissingField), $"{schemaName}: the reader accepts a missing {where}");
                Assert.True(schemaErrors.Any(e => e.EndsWith($"missing {field.Key}", StringComparison.Ordinal)), $"{schemaName}: the schema accepts a missing {where}");
            }
            else
            {
                Assert.True(readerErrors.Count == 0, $"{schemaName}: the reader refuses a missing optional {where}: {string.Join("; ", readerErrors)}");
                Assert.Empty(schemaErrors);
            }
        }
    }

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public void An_unknown_key_fails_the_reader_and_the_schema_at_every_level(string schemaName)
    {
        var schema = SchemaCatalog.All.Single(s => s.FileName == schemaName);
        foreach (var group in SampleDocument.Groups(schema.Shape))
        {
            var yaml = SampleDocument.ToYaml(SampleDocument.WithUnknownKey(schema.Shape, group));

            Assert.Contains(Read(schema, yaml), d => d.Code == Codes.UnknownKey);
            Assert.Contains(SchemaValidator.Validate(Schema(schemaName), yaml), e => e.EndsWith("unknown key chiave_sconosciuta", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_schemas_verb_writes_the_same_files()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pianosite-schemas-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            using var output = new StringWriter();
            var code = PianoSite.Cli.CommandLine.Run(["schemas", "--out", folder], output, TextWriter.Null);

            Assert.Equal(0, code);
            Assert.Contains($"{SchemaCatalog.All.Count} file", output.ToString());
            foreach (var (fileName, content) in SchemaCatalog.Generate())
            {
                Assert.Equal(content, File.ReadAllBytes(Path.Combine(folder, fileName)));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static JsonElement Schema(string fileName) =>
        JsonDocument.Parse(File.ReadAllBytes(Path.Combine(SchemaFolder, fileName))).RootElement;

    private static IEnumerable<string> ContentFiles(SchemaFile schema)
    {
        var folder = Path.GetDirectoryName(schema.AppliesTo)!.Replace('\\', '/');
        var pattern = Path.GetFileName(schema.AppliesTo);
        return Directory.EnumerateFiles(Path.Combine(TestPaths.RepositoryRoot, folder), pattern)
            .Select(path => $"{folder}/{Path.GetFileName(path)}")
            .Order(StringComparer.Ordinal);
    }

    private static string FrontMatterText(SourceFile file)
    {
        Assert.StartsWith("---\n", file.Text);
        return file.Text[4..(file.Text.IndexOf("\n---", 3, StringComparison.Ordinal) + 1)];
    }

    /// <summary>The reader of the kind of file the schema describes, on a document written as that file.</summary>
    private static IReadOnlyList<Diagnostic> Read(SchemaFile schema, string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var markdown = new MarkdownParser();
        _ = schema.FileName switch
        {
            "piano.schema.json" => PlanFileReader.Read(new SourceFile(ContentLayout.PlanFile, yaml), diagnostics) as object,
            "pnrr.schema.json" => PnrrFileReader.Read(new SourceFile(ContentLayout.PnrrFile, yaml), diagnostics),
            "missione.schema.json" => MissionFileReader.Read(new SourceFile($"{ContentLayout.MissionsFolder}/m1.yml", yaml), markdown, diagnostics),
            "controlli.schema.json" => ChecksFileReader.Read(new SourceFile(ContentLayout.ChecksFile, yaml), diagnostics),
            "catalogo.schema.json" => CatalogueFileReader.Read(new SourceFile(ContentLayout.CatalogueFile, yaml), diagnostics),
            "driver.schema.json" => DriverFileReader.Read(new SourceFile($"{ContentLayout.DriversFolder}/01-prova.md", $"---\n{yaml}---\nTesto del driver.\n"), markdown, diagnostics),
            "pagina.schema.json" => PageFileReader.Read(new SourceFile($"{ContentLayout.PagesFolder}/prova.md", $"---\n{yaml}---\nTesto della pagina.\n"), markdown, diagnostics),
            _ => throw new InvalidOperationException($"no reader for {schema.FileName}: add it here"),
        };
        return diagnostics.Items;
    }
}
