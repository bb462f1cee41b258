using System.Text.RegularExpressions;
using PianoSite.Diagnostics;
using PianoSite.Load;
using PianoSite.Model;
using PianoSite.Parse.Markdown;
using PianoSite.Parse.Shapes;

namespace PianoSite.Parse.Readers;

/// <summary>content/agenda/NN-slug.md: one driver; the file name (without .md) is its URL slug.</summary>
public static partial class DriverFileReader
{
    private static readonly IReadOnlyCollection<string> Keys = ContentShapes.Driver.Keys;

    public static Driver? Read(SourceFile file, MarkdownParser markdown, DiagnosticBag diagnostics)
    {
        var slug = Path.GetFileNameWithoutExtension(file.Path);
        if (!SlugPattern().IsMatch(slug))
        {
            diagnostics.Error(Codes.InvalidValue, SourceSpan.WholeFile(file.Path),
                "il nome del file di un driver deve essere NN-parole-separate-da-trattini.md (minuscole, senza accenti), ad esempio 01-campus-metropolitano-smart.md");
            return null;
        }
        var frontMatter = FrontMatter.Split(file, diagnostics);
        var header = YamlObject.From(frontMatter?.Yaml, $"l'intestazione di {Path.GetFileName(file.Path)}", Keys, diagnostics);
        if (frontMatter is null || header is null)
        {
            return null;
        }
        var number = header.RequiredInt("number");
        var title = header.RequiredText("title");
        var subtitle = header.RequiredText("subtitle");
        var lead = header.RequiredText("lead");
        var body = markdown.Parse(frontMatter.Body, new SourceSpan(file.Path, frontMatter.BodyFirstLine, 1), diagnostics, frontMatter.BodyFirstLine);
        if (number is null || title is null || subtitle is null || lead is null)
        {
            return null;
        }
        if (!slug.StartsWith($"{number:00}-", StringComparison.Ordinal))
        {
            diagnostics.Warning(Codes.DriverNumberMismatch, header.KeySpan("number"),
                $"il driver ha numero {number} ma il nome del file inizia con «{slug[..2]}»: allineare i due", slug);
        }
        return new Driver(number.Value, slug, title, subtitle, lead, body, header.Span with { Line = 1, Column = 1 });
    }

    [GeneratedRegex("^[0-9]{2}-[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
