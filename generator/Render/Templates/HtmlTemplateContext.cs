using System.Buffers;
using System.Collections;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PianoSite.Render.Templates;

/// <summary>
/// The Scriban context every template of the site renders in: one per page (and one for the rows a page renders,
/// see <see cref="RowContext"/>), configured here and nowhere else.
/// <list type="bullet">
/// <item>Every value a template writes with <c>{{ … }}</c> is HTML-encoded (Scriban encodes nothing by itself):
/// strings, numbers, lists, the results of pipes and functions, inside text and inside attributes alike. Only a
/// <see cref="TrustedHtml"/> (Markdown the renderer made, a page's content in its layout) and a
/// <see cref="RenderedRow"/> (the output of a row template) are written as they are.</item>
/// <item>Strict: an unknown variable, function or field, or a field of nothing, is an error at its file:line:column,
/// never an empty string.</item>
/// <item>Safe: templates see the view models only (other objects have no fields for them), loops and includes are
/// bounded, and the builtins that reach outside the page (the clock, files) are not there
/// (<see cref="TemplateSet"/>).</item>
/// <item>Output is never cut (Scriban's default cuts it at 1 MB with «...»): an actor's page of a large plan is
/// bigger than that, and a page cut short must not be published.</item>
/// </list>
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    /// <summary>
    /// Iterations of one loop with the loops inside it. A table loops once per objective, and its row renders apart
    /// (its own budget): the actor's page of a 50,000-objective plan loops about 25,000 times, the print page 50,000: far below this.
    /// </summary>
    public const int MaximumIterations = 1_000_000;

    /// <summary>Includes inside includes; the site's templates nest two deep.</summary>
    public const int MaximumDepth = 20;

    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'`=");

    private readonly TemplateSet templates;
    private HtmlTemplateContext? rows;

    public HtmlTemplateContext(TemplateSet templates, ScriptObject builtins) : base(builtins)
    {
        this.templates = templates;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedIndexerAccess = false;
        EnableRelaxedFunctionAccess = false;
        AutoIndent = false;   // an include or a value on an indented line is written as it is, not re-indented
        LoopLimit = MaximumIterations;
        RecursiveLimit = MaximumDepth;
        LimitToString = 0;
        NewLine = "\n";
        MemberFilter = member => member is PropertyInfo;
    }

    /// <summary>
    /// The context the rows of this page render in: a context of their own, so that a row sees nothing but itself
    /// (<see cref="RowCache"/>), made once per page and reused row after row.
    /// </summary>
    public HtmlTemplateContext RowContext => rows ??= new HtmlTemplateContext(templates, (ScriptObject)BuiltinObject);

    public TemplateSet Templates => templates;

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                break;
            case TrustedHtml html:
                Write(html.Html);
                break;
            case RenderedRow row when Output is PageContent page:
                page.WriteRow(row);
                break;
            case RenderedRow row:
                Write(row.Html);
                break;
            default:
                WriteEncoded(ObjectToString(textAsObject) ?? string.Empty);
                break;
        }
        return this;
    }

    /// <summary>
    /// The text with the seven characters handlebars.js and the project have always encoded (&amp; &lt; &gt; " ' ` =),
    /// written run by run: the same bytes in text and in attributes, quoted or not.
    /// </summary>
    private void WriteEncoded(string text)
    {
        var from = 0;
        while (from < text.Length)
        {
            var next = text.AsSpan(from).IndexOfAny(Special);
            if (next < 0)
            {
                Write(text, from, text.Length - from);
                return;
            }
            Write(text, from, next);
            Write(Replacement(text[from + next]));
            from += next + 1;
        }
    }

    internal static string Replacement(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#x27;",
        '`' => "&#x60;",
        '=' => "&#x3D;",
        _ => c.ToString(),
    };

    /// <summary>
    /// The fields a template may read: the view models' public properties, and Scriban's own objects, text, numbers
    /// and lists. Anything else (a model record, a service) has no fields for a template, so reading one is the
    /// usual «unknown field» error.
    /// </summary>
    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        templates.ViewAccessor(target.GetType())
        ?? (target is IScriptObject or string or IList || target.GetType().IsPrimitive || target is decimal
            ? base.GetMemberAccessorImpl(target)
            : null);
}
