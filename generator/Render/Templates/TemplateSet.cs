using System.Collections.Immutable;
using System.Text.RegularExpressions;
using HandlebarsDotNet;
using HandlebarsDotNet.Compiler;
using PianoSite.Diagnostics;
using PianoSite.Load;

namespace PianoSite.Render.Templates;

/// <summary>
/// The Handlebars templates of templates/, loaded at run time (designers change them without recompiling),
/// compiled once and then frozen: layouts/*.hbs and pages/*.hbs are compiled, partials/*.hbs registered as
/// partials by file name. Output is HTML-escaped unless a template uses triple braces. A binding to a field
/// that does not exist is an error, never an empty string.
/// </summary>
public sealed partial class TemplateSet
{
    private readonly ImmutableDictionary<string, Compiled> templates;

    private sealed record Compiled(string File, string Source, HandlebarsTemplate<object, object> Render);

    private TemplateSet(ImmutableDictionary<string, Compiled> templates) => this.templates = templates;

    public IEnumerable<string> Names => templates.Keys;

    /// <summary>Loads every template under <paramref name="root"/>/templates; null (and diagnostics) when any fails to compile.</summary>
    public static TemplateSet? Load(string root, DiagnosticBag diagnostics)
    {
        var sources = ReadSources(root, diagnostics);
        return sources is null ? null : Compile(sources.Value, diagnostics);
    }

    /// <summary>The template files, read but not compiled; null (and a diagnostic) when templates/ is missing.</summary>
    public static ImmutableArray<SourceFile>? ReadSources(string root, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(root, ContentLayout.TemplatesFolder);
        if (!Directory.Exists(folder))
        {
            diagnostics.Error(Codes.MissingFolder, SourceSpan.WholeFile(ContentLayout.TemplatesFolder),
                $"la cartella dei modelli non esiste in {Path.GetFullPath(root)}");
            return null;
        }
        return [.. Directory.EnumerateFiles(folder, "*.hbs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(path => !ContentLayout.IsEditorArtefact(Path.GetFileName(path)))
            .Order(StringComparer.Ordinal)
            .Select(path => SourceReader.Read(root, path, diagnostics))
            .OfType<SourceFile>()];
    }

    /// <summary>Compiles read templates; null (and diagnostics) when any fails to compile.</summary>
    public static TemplateSet? Compile(ImmutableArray<SourceFile> sources, DiagnosticBag diagnostics)
    {
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = true, TextEncoder = new HtmlTextEncoder() });

        // Each partial is compiled once, here, so that its syntax errors name its file; the compiled template is
        // what gets registered (registering the source would compile it a second time).
        foreach (var partial in sources.Where(s => s.Path.StartsWith("templates/partials/", StringComparison.Ordinal)))
        {
            try
            {
                using var reader = new StringReader(partial.Text);
                handlebars.RegisterTemplate(Path.GetFileNameWithoutExtension(partial.Path), handlebars.Compile(reader));
            }
            catch (Exception e) when (e is HandlebarsException or HandlebarsUndefinedBindingException)
            {
                diagnostics.Add(ErrorIn(partial.Path, partial.Text, e));
            }
        }
        var compiled = ImmutableDictionary.CreateBuilder<string, Compiled>(StringComparer.Ordinal);
        foreach (var source in sources.Where(s => !s.Path.StartsWith("templates/partials/", StringComparison.Ordinal)))
        {
            var name = source.Path["templates/".Length..^".hbs".Length];
            try
            {
                compiled[name] = new Compiled(source.Path, source.Text, handlebars.Compile(source.Text));
            }
            catch (Exception e) when (e is HandlebarsException or HandlebarsUndefinedBindingException)
            {
                diagnostics.Add(ErrorIn(source.Path, source.Text, e));
            }
        }
        return diagnostics.HasErrors ? null : new TemplateSet(compiled.ToImmutable());
    }

    public bool Has(string name) => templates.ContainsKey(name);

    /// <summary>Renders a template; a failure becomes a diagnostic naming the template (and its line when it can be found).</summary>
    public string? Render(string name, object model, DiagnosticBag diagnostics)
    {
        if (!templates.TryGetValue(name, out var template))
        {
            diagnostics.Error(Codes.MissingTemplate, SourceSpan.WholeFile($"templates/{name}.hbs"),
                $"manca il modello templates/{name}.hbs");
            return null;
        }
        try
        {
            return template.Render(model);
        }
        catch (Exception e) when (e is HandlebarsException or HandlebarsUndefinedBindingException)
        {
            diagnostics.Add(ErrorIn(template.File, template.Source, e));
            return null;
        }
    }

    private static Diagnostic ErrorIn(string file, string source, Exception e)
    {
        var message = e switch
        {
            HandlebarsUndefinedBindingException u => $"il campo o l'aiuto «{u.MissingKey}» non esiste nei dati della pagina",
            HandlebarsRuntimeException when e.Message.Contains("partial", StringComparison.OrdinalIgnoreCase) =>
                $"frammento (partial) non trovato: {PartialName().Match(e.Message).Groups[1].Value} — va creato in templates/partials/",
            _ => $"errore nel modello: {e.Message}",
        };
        var needle = e switch
        {
            HandlebarsUndefinedBindingException u => u.MissingKey,
            HandlebarsRuntimeException when e.Message.Contains("partial", StringComparison.OrdinalIgnoreCase) => PartialName().Match(e.Message).Groups[1].Value,
            _ => BlockName().Match(e.Message).Groups[1].Value,
        };
        return Diagnostic.Error(Codes.TemplateError, Locate(file, source, needle), message);
    }

    /// <summary>Handlebars.Net reports no positions: the first mustache mentioning the culprit is the best guess.</summary>
    private static SourceSpan Locate(string file, string source, string needle)
    {
        if (needle.Length > 0)
        {
            foreach (Match mustache in Mustache().Matches(source))
            {
                if (mustache.Value.Contains(needle, StringComparison.Ordinal))
                {
                    var line = source.AsSpan(0, mustache.Index).Count('\n') + 1;
                    var column = mustache.Index - (source.LastIndexOf('\n', Math.Max(0, mustache.Index - 1)) + 1) + 1;
                    return new SourceSpan(file, line, column);
                }
            }
        }
        return new SourceSpan(file, 1, 1);
    }

    [GeneratedRegex(@"\{\{[^}]*\}\}")]
    private static partial Regex Mustache();

    [GeneratedRegex("partial name '([^']*)'")]
    private static partial Regex PartialName();

    [GeneratedRegex("'/?([^']*)'")]
    private static partial Regex BlockName();
}
