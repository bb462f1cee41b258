using System.Collections.Concurrent;
using System.Collections.Immutable;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;
using Scriban.Syntax;
using PianoSite.Diagnostics;
using PianoSite.Load;

namespace PianoSite.Render.Templates;

/// <summary>
/// The Scriban templates of templates/ (<c>*.sbn-html</c>), loaded at run time (designers change them without
/// recompiling), parsed once and then frozen:
/// <list type="bullet">
/// <item><c>layouts/</c> and <c>pages/</c>: rendered by name ("layouts/base", "pages/mission");</item>
/// <item><c>includes/</c>: written in place by <c>{{ include 'name' … }}</c> (<see cref="IncludeFunction"/>);</item>
/// <item><c>rows/</c>: an objectives table's row, written by <c>{{ render_row 'name' value }}</c>
/// (<see cref="RowFunction"/>), rendered once per row and repeated (<see cref="RowCache"/>).</item>
/// </list>
/// Every template renders in an <see cref="HtmlTemplateContext"/>: values HTML-encoded, strict about names, bounded.
/// A fault is a PS4001 diagnostic at the template's file:line:column (<see cref="TemplateErrors"/>).
/// </summary>
public sealed class TemplateSet
{
    /// <summary>The extension of a template file: Scriban's HTML flavour, which editors highlight as such.</summary>
    public const string Extension = ".sbn-html";

    private const string Folder = "templates/";
    private const string IncludesFolder = "includes/";
    private const string RowsFolder = "rows/";

    private readonly ImmutableDictionary<string, Template> templates;
    private readonly ImmutableDictionary<string, Template> includes;
    private readonly ImmutableDictionary<string, Template> rows;
    private readonly ScriptObject builtins;
    private readonly ConcurrentDictionary<Type, IObjectAccessor?> viewAccessors = new();

    private TemplateSet(ImmutableDictionary<string, Template> templates, ImmutableDictionary<string, Template> includes,
        ImmutableDictionary<string, Template> rows, bool rowCache)
    {
        this.templates = templates;
        this.includes = includes;
        this.rows = rows;
        Rows = new RowCache { Enabled = rowCache };
        builtins = Builtins();
    }

    public IEnumerable<string> Names => templates.Keys;

    /// <summary>The rows rendered so far, kept for the pages that list them again (see <see cref="RowCache"/>).</summary>
    public RowCache Rows { get; }

    /// <summary>The file of the include named <paramref name="name"/>, below the plan's root.</summary>
    public static string IncludePath(string name) => $"{Folder}{IncludesFolder}{name}{Extension}";

    /// <summary>The file of the page or layout template named <paramref name="name"/> ("pages/mission").</summary>
    public static string TemplatePath(string name) => $"{Folder}{name}{Extension}";

    /// <summary>Loads every template under <paramref name="root"/>/templates; null (and diagnostics) when any fails to parse.</summary>
    public static TemplateSet? Load(string root, DiagnosticBag diagnostics)
    {
        var sources = ReadSources(root, diagnostics);
        return sources is null ? null : Compile(sources.Value, diagnostics);
    }

    /// <summary>The template files, read but not parsed; null (and a diagnostic) when templates/ is missing.</summary>
    public static ImmutableArray<SourceFile>? ReadSources(string root, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(root, ContentLayout.TemplatesFolder);
        if (!Directory.Exists(folder))
        {
            diagnostics.Error(Codes.MissingFolder, SourceSpan.WholeFile(ContentLayout.TemplatesFolder),
                $"la cartella dei modelli non esiste in {Path.GetFullPath(root)}");
            return null;
        }
        return [.. Directory.EnumerateFiles(folder, "*" + Extension, SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(path => !ContentLayout.IsEditorArtefact(Path.GetFileName(path)))
            .Order(StringComparer.Ordinal)
            .Select(path => SourceReader.Read(root, path, diagnostics))
            .OfType<SourceFile>()];
    }

    /// <summary>Parses read templates; null (and a diagnostic for each fault) when any fails to parse.</summary>
    /// <param name="rowCache">whether rows are rendered once and repeated (the default) or rendered in every table.</param>
    public static TemplateSet? Compile(ImmutableArray<SourceFile> sources, DiagnosticBag diagnostics, bool rowCache = true)
    {
        var templates = ImmutableDictionary.CreateBuilder<string, Template>(StringComparer.Ordinal);
        var includes = ImmutableDictionary.CreateBuilder<string, Template>(StringComparer.Ordinal);
        var rows = ImmutableDictionary.CreateBuilder<string, Template>(StringComparer.Ordinal);
        var failed = false;
        foreach (var source in sources)
        {
            var template = Template.Parse(source.Text, source.Path);
            if (template.HasErrors)
            {
                failed = true;
                foreach (var message in template.Messages.Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error))
                {
                    diagnostics.Add(TemplateErrors.Describe(message));
                }
                continue;
            }
            var name = source.Path[Folder.Length..^Extension.Length];
            if (name.StartsWith(IncludesFolder, StringComparison.Ordinal))
            {
                includes[name[IncludesFolder.Length..]] = template;
            }
            else if (name.StartsWith(RowsFolder, StringComparison.Ordinal))
            {
                rows[name[RowsFolder.Length..]] = template;
            }
            else
            {
                templates[name] = template;
            }
        }
        return failed ? null : new TemplateSet(templates.ToImmutable(), includes.ToImmutable(), rows.ToImmutable(), rowCache);
    }

    public bool Has(string name) => templates.ContainsKey(name);

    /// <summary>Renders a template into a string; null, with a diagnostic, when it fails.</summary>
    public string? Render(string name, object model, DiagnosticBag diagnostics)
    {
        using var output = new StringWriter();
        return Render(name, model, output, diagnostics) ? output.ToString() : null;
    }

    /// <summary>
    /// Renders a template into <paramref name="output"/> as it goes (no string of the whole page); false, with a
    /// diagnostic, when it fails, and then what was written is incomplete.
    /// </summary>
    public bool Render(string name, object model, TextWriter output, DiagnosticBag diagnostics) =>
        Render(name, model, new WriterOutput(output), diagnostics);

    /// <summary>
    /// Renders a template into <paramref name="output"/>: a <see cref="PageContent"/> keeps the rows as references.
    /// False, with a diagnostic, when it fails.
    /// </summary>
    /// <param name="model">the view whose properties are the template's variables (<c>site</c>, <c>page</c>, <c>model</c>).</param>
    public bool Render(string name, object model, IScriptOutput output, DiagnosticBag diagnostics)
    {
        if (!templates.TryGetValue(name, out var template))
        {
            diagnostics.Error(Codes.MissingTemplate, SourceSpan.WholeFile(TemplatePath(name)), $"manca il modello {TemplatePath(name)}");
            return false;
        }
        var context = new HtmlTemplateContext(this, builtins);
        context.PushOutput(output);
        context.PushGlobal(Variables(context, model));
        try
        {
            template.Render(context);
            return true;
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Add(TemplateErrors.Describe(e));
            return false;
        }
    }

    /// <summary>The row of <paramref name="row"/> by the row template <paramref name="name"/>, from the cache or rendered in <paramref name="context"/>.</summary>
    internal RenderedRow RenderRow(HtmlTemplateContext context, string name, object row, Scriban.Parsing.SourceSpan span)
    {
        var template = rows.GetValueOrDefault(name)
            ?? throw new ScriptRuntimeException(span, $"modello di riga «{name}» non trovato: va creato come {Folder}{RowsFolder}{name}{Extension}");
        return Rows.GetOrRender(name, row, () =>
        {
            context.PushGlobal(new ScriptObject { ["row"] = row });
            try
            {
                return new RenderedRow(template.Render(context));
            }
            finally
            {
                context.PopGlobal();
            }
        });
    }

    internal Template? Include(string name) => includes.GetValueOrDefault(name);

    /// <summary>
    /// The fields templates may read of a value of <paramref name="type"/>: a view model's public properties (by
    /// Scriban's names, <c>IntroHtml</c> → <c>intro_html</c>), or null when the type is not a view model. View models
    /// are the public types of the renderer's view namespaces; each type's fields are looked up once per template set.
    /// </summary>
    internal IObjectAccessor? ViewAccessor(Type type) => viewAccessors.GetOrAdd(type, static t =>
        IsViewModel(t) ? new TypedObjectAccessor(t, member => member is System.Reflection.PropertyInfo, StandardMemberRenamer.Default) : null);

    private static bool IsViewModel(Type type) =>
        type.IsPublic && type.Assembly == typeof(TemplateSet).Assembly
        && type.Namespace is "PianoSite.Render.Site" or "PianoSite.Render.Print" or "PianoSite.Render.Site.Views" or "PianoSite.Render.Charts";

    /// <summary>A view's properties as the template's variables (a Scriban object is taken as it is: the tests' data).</summary>
    private IScriptObject Variables(TemplateContext context, object model)
    {
        if (model is IScriptObject variablesAlready)
        {
            return variablesAlready;
        }
        var accessor = ViewAccessor(model.GetType())
            ?? throw new ArgumentException($"{model.GetType()} is not a view model", nameof(model));
        var variables = new ScriptObject();
        foreach (var member in accessor.GetMembers(context, default, model))
        {
            accessor.TryGetValue(context, default, model, member, out var value);
            variables[member] = value;
        }
        return variables;
    }

    /// <summary>
    /// Scriban's builtins a page may use (text, lists, numbers, regular expressions, objects), with the project's own
    /// <c>include</c> and <c>render_row</c>. Left out: Scriban's include (see <see cref="IncludeFunction"/>), the
    /// clock (<c>date.now</c> would make every build different), and the html module (its escaping would encode
    /// twice what is encoded anyway).
    /// </summary>
    private static BuiltinFunctions Builtins()
    {
        var builtins = new BuiltinFunctions();
        foreach (var name in new[] { "include", "include_join", "date", "timespan", "html" })
        {
            builtins.Remove(name);
        }
        builtins.SetValue("include", new IncludeFunction(), readOnly: true);
        builtins.SetValue("render_row", new RowFunction(), readOnly: true);
        builtins.IsReadOnly = true;
        return builtins;
    }
}
