using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PianoSite.Render.Templates;

/// <summary>
/// <c>{{ render_row 'name' value }}</c>: the row of <c>value</c> by templates/rows/name.sbn-html, rendered once and
/// repeated wherever the same row is written (<see cref="RowCache"/>). The row template sees only <c>row</c>.
/// </summary>
internal sealed class RowFunction : IScriptCustomFunction
{
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        if (arguments.Count != 2 || arguments[0] is not string name || arguments[1] is not { } row)
        {
            throw new ScriptRuntimeException(span,
                "«render_row» vuole il nome del modello di riga tra virgolette e la riga da scrivere: {{ render_row 'objective' objective }}");
        }
        var page = (HtmlTemplateContext)context;
        return page.Templates.RenderRow(page.RowContext, name, row, span);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => 2;

    public int ParameterCount => 2;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(RenderedRow);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "name") : new ScriptParameterInfo(typeof(object), "row");
}
