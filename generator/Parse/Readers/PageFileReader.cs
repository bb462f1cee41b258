using System.Text.RegularExpressions;
using PianoSite.Diagnostics;
using PianoSite.Load;
using PianoSite.Model;
using PianoSite.Parse.Markdown;
using PianoSite.Parse.Shapes;

namespace PianoSite.Parse.Readers;

/// <summary>content/pagine/slug.md: a prose page with a title.</summary>
public static partial class PageFileReader
{
    private static readonly IReadOnlyCollection<string> Keys = ContentShapes.Page.Keys;

    public static Page? Read(SourceFile file, MarkdownParser markdown, DiagnosticBag diagnostics)
    {
        var slug = Path.GetFileNameWithoutExtension(file.Path);
        if (!SlugPattern().IsMatch(slug))
        {
            diagnostics.Error(Codes.InvalidValue, SourceSpan.WholeFile(file.Path),
                "il nome del file di una pagina deve essere fatto di parole minuscole separate da trattini, ad esempio visione.md");
            return null;
        }
        var frontMatter = FrontMatter.Split(file, diagnostics);
        var header = YamlObject.From(frontMatter?.Yaml, $"l'intestazione di {Path.GetFileName(file.Path)}", Keys, diagnostics);
        var title = header?.RequiredText("title");
        if (frontMatter is null || title is null)
        {
            return null;
        }
        var body = markdown.Parse(frontMatter.Body, new SourceSpan(file.Path, frontMatter.BodyFirstLine, 1), diagnostics, frontMatter.BodyFirstLine);
        return new Page(slug, title, body, new SourceSpan(file.Path, 1, 1));
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
