using System.Collections.Immutable;
using System.Globalization;
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
    private readonly ImmutableDictionary<string, (string File, string Source)> partials;

    private sealed record Compiled(string File, string Source, HandlebarsTemplate<TextWriter, object, object> Render);

    private readonly OnceHelper once;

    private TemplateSet(ImmutableDictionary<string, Compiled> templates, ImmutableDictionary<string, (string File, string Source)> partials, OnceHelper once)
    {
        this.templates = templates;
        this.partials = partials;
        this.once = once;
    }

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
        var configuring = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = true, TextEncoder = new HtmlTextEncoder() });
        var once = new OnceHelper();
        configuring.RegisterHelper("once", once.Render);
        // Every template compiled in one shared environment, its configuration made once, after the helper: each
        // Handlebars.Compile would otherwise make a configuration of its own, and a binding such as {{text}} (looked
        // up as a helper first) would subscribe again to that configuration's helper resolvers each time the
        // partial holding it was rendered from another page's template — thousands of times in a large plan.
        var handlebars = configuring.CreateSharedEnvironment();

        // Each partial is compiled once, here, so that its syntax errors name its file; the compiled template is
        // what gets registered (registering the source would compile it a second time).
        foreach (var partial in sources.Where(IsPartial))
        {
            try
            {
                using var reader = new StringReader(WithoutPartialIndent(partial.Text));
                handlebars.RegisterTemplate(Path.GetFileNameWithoutExtension(partial.Path), handlebars.Compile(reader));
            }
            catch (Exception e) when (e is HandlebarsException or HandlebarsUndefinedBindingException)
            {
                diagnostics.Add(Describe(partial.Path, partial.Text, e));
            }
        }
        var compiled = ImmutableDictionary.CreateBuilder<string, Compiled>(StringComparer.Ordinal);
        foreach (var source in sources.Where(s => !IsPartial(s)))
        {
            var name = source.Path["templates/".Length..^".hbs".Length];
            try
            {
                using var reader = new StringReader(WithoutPartialIndent(source.Text));
                compiled[name] = new Compiled(source.Path, source.Text, handlebars.Compile(reader));
            }
            catch (Exception e) when (e is HandlebarsException or HandlebarsUndefinedBindingException)
            {
                diagnostics.Add(Describe(source.Path, source.Text, e));
            }
        }
        var partials = sources.Where(IsPartial).ToImmutableDictionary(
            s => Path.GetFileNameWithoutExtension(s.Path), s => (s.Path, s.Text), StringComparer.Ordinal);
        return diagnostics.HasErrors ? null : new TemplateSet(compiled.ToImmutable(), partials, once);
    }

    /// <summary>
    /// Removes the indentation in front of a partial call that stands alone on its line. Handlebars.Net (2.4.3)
    /// renders an indented standalone partial into a private buffer to indent its lines, and that buffer skips the
    /// HTML escaping: <c>  {{> header}}</c> published the plan's title unescaped. Without the indentation the
    /// partial writes through the escaping writer like everything else; HTML does not care about the lost spaces.
    /// Line numbers are unchanged, so diagnostics still point at the right line.
    /// </summary>
    internal static string WithoutPartialIndent(string source) => PartialIndent().Replace(source, string.Empty);

    private static bool IsPartial(SourceFile source) => source.Path.StartsWith("templates/partials/", StringComparison.Ordinal);

    public bool Has(string name) => templates.ContainsKey(name);

    /// <summary>
    /// Forgets the blocks «once» remembers that no page used since the last call (see <see cref="OnceHelper"/>):
    /// after a complete run. Must not run while pages are being made.
    /// </summary>
    public void ForgetUnusedBlocks() => once.ForgetUnused();

    /// <summary>Forgets every block «once» remembers: a build's pages are all made, and no next run will use them.</summary>
    public void ForgetAllBlocks() => once.ForgetAll();

    /// <summary>Renders a template; a failure becomes a diagnostic naming the template (and its line when it can be found).</summary>
    public string? Render(string name, object model, DiagnosticBag diagnostics)
    {
        using var output = new StringWriter();
        return Render(name, model, output, diagnostics) ? output.ToString() : null;
    }

    /// <summary>
    /// Renders a template into <paramref name="output"/> as it goes (no string of the whole page); false, with a
    /// diagnostic, when it fails, and then what was written is incomplete.
    /// </summary>
    public bool Render(string name, object model, TextWriter output, DiagnosticBag diagnostics)
    {
        if (!templates.TryGetValue(name, out var template))
        {
            diagnostics.Error(Codes.MissingTemplate, SourceSpan.WholeFile($"templates/{name}.hbs"),
                $"manca il modello templates/{name}.hbs");
            return false;
        }
        try
        {
            template.Render(output, model, null);
            return true;
        }
        catch (Exception e) when (e is HandlebarsException or HandlebarsUndefinedBindingException)
        {
            diagnostics.Add(ErrorIn(template.File, template.Source, e));
            return false;
        }
    }

    /// <summary>
    /// Turns a Handlebars.Net exception into a diagnostic in the template where the fault is: an error inside a
    /// partial arrives wrapped once per partial ("Runtime error while rendering partial 'x'"), so the innermost
    /// partial named in the chain is the file to point at, and the innermost exception says what is wrong.
    /// </summary>
    private Diagnostic ErrorIn(string file, string source, Exception e)
    {
        var inner = e;
        for (; inner.InnerException is { } next && inner is HandlebarsRuntimeException; inner = next)
        {
            if (RenderingPartial().Match(inner.Message) is { Success: true } rendering && partials.TryGetValue(rendering.Groups[1].Value, out var partial))
            {
                (file, source) = partial;
            }
        }
        return Describe(file, source, inner);
    }

    /// <summary>What went wrong, in Italian, and where: each kind of fault says both at once.</summary>
    private static Diagnostic Describe(string file, string source, Exception e)
    {
        var (message, span) = e switch
        {
            HandlebarsUndefinedBindingException u =>
                ($"il campo o l'aiuto «{u.MissingKey}» non esiste nei dati della pagina", Locate(file, source, u.MissingKey)),
            _ when PartialName().Match(e.Message) is { Success: true } partial =>
                ($"frammento (partial) «{partial.Groups[1].Value}» non trovato: va creato come templates/partials/{partial.Groups[1].Value}.hbs",
                 Locate(file, source, partial.Groups[1].Value)),
            _ when UnknownHelper().Match(e.Message) is { Success: true } helper =>
                ($"aiuto (helper) «{helper.Groups[1].Value}» sconosciuto", Locate(file, source, helper.Groups[1].Value)),
            _ when UnclosedBlock().Match(e.Message) is { Success: true } block =>
                ($"il blocco «{block.Groups[1].Value.TrimStart('#')}» non è chiuso: manca {{{{/{block.Groups[1].Value.TrimStart('#')}}}}}",
                 UnbalancedBlock(file, source) ?? Locate(file, source, block.Groups[1].Value)),
            _ when UnopenedBlock().Match(e.Message) is { Success: true } block =>
                ($"«{{{{{block.Groups[1].Value}}}}}» chiude un blocco che non è stato aperto",
                 UnbalancedBlock(file, source) ?? Locate(file, source, block.Groups[1].Value)),
            HandlebarsParserException when UnclosedMustache(file, source) is { } unclosed =>
                ("espressione non chiusa: a «{{» non segue «}}»", unclosed),
            HandlebarsParserException => ($"errore di sintassi nel modello: {FirstLine(e.Message)}", Locate(file, source, string.Empty)),
            _ => ($"errore nel modello: {FirstLine(e.Message)}", Locate(file, source, string.Empty)),
        };
        return Diagnostic.Error(Codes.TemplateError, span, message);
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();

    /// <summary>
    /// Where the blocks stop nesting: the first {{/x}} that closes no open block, or else the outermost block
    /// left open at the end. (When two blocks of the same name are open, which one lacks its end is a guess.)
    /// </summary>
    private static SourceSpan? UnbalancedBlock(string file, string source)
    {
        var open = new Stack<Match>();
        foreach (Match block in BlockTag().Matches(source))
        {
            if (block.Groups["sign"].Value == "#")
            {
                open.Push(block);
            }
            else if (open.TryPeek(out var top) && top.Groups["name"].Value == block.Groups["name"].Value)
            {
                open.Pop();
            }
            else
            {
                return At(file, source, block.Index);
            }
        }
        return open.Count > 0 ? At(file, source, open.Last().Index) : null;
    }

    /// <summary>The first "{{" with no "}}" before the next "{{" (the parser's own position is the end of the file).</summary>
    private static SourceSpan? UnclosedMustache(string file, string source)
    {
        for (var start = source.IndexOf("{{", StringComparison.Ordinal); start >= 0;)
        {
            var close = source.IndexOf("}}", start + 2, StringComparison.Ordinal);
            var next = source.IndexOf("{{", start + 2, StringComparison.Ordinal);
            if (close < 0 || (next >= 0 && next < close && !source.AsSpan(start).StartsWith("{{{")))
            {
                return At(file, source, start);
            }
            start = source.IndexOf("{{", close + 2, StringComparison.Ordinal);
        }
        return null;
    }

    private static SourceSpan At(string file, string source, int index) =>
        new(file, source.AsSpan(0, index).Count('\n') + 1, index - (source.LastIndexOf('\n', Math.Max(0, index - 1)) + 1) + 1);

    /// <summary>Handlebars.Net reports no positions: the first mustache mentioning the culprit is the best guess.</summary>
    private static SourceSpan Locate(string file, string source, string needle)
    {
        if (needle.Length > 0)
        {
            foreach (Match mustache in Mustache().Matches(source))
            {
                if (mustache.Value.Contains(needle, StringComparison.Ordinal))
                {
                    return At(file, source, mustache.Index);
                }
            }
        }
        return new SourceSpan(file, 1, 1);
    }

    [GeneratedRegex(@"^[ \t]+(?=\{\{~?#?>)", RegexOptions.Multiline)]
    private static partial Regex PartialIndent();

    [GeneratedRegex(@"\{\{[^}]*\}\}")]
    private static partial Regex Mustache();

    [GeneratedRegex("partial name '([^']*)'")]
    private static partial Regex PartialName();

    [GeneratedRegex("rendering partial '([^']*)'")]
    private static partial Regex RenderingPartial();

    [GeneratedRegex("helper that cannot be resolved\\. \\w*Helper '#?([^']*)'")]
    private static partial Regex UnknownHelper();

    [GeneratedRegex("before block expression '([^']*)' was closed")]
    private static partial Regex UnclosedBlock();

    [GeneratedRegex("closing element '([^']*)' was found without a matching open element")]
    private static partial Regex UnopenedBlock();

    [GeneratedRegex(@"\{\{~?(?<sign>[#/])>?\s*(?<name>[^\s}~]+)")]
    private static partial Regex BlockTag();
}
