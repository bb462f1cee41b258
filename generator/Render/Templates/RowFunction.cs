using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PianoSite.Render.Templates;

/// <summary>
/// <c>{{ render_row 'name' value }}</c>: the row of <c>value</c> by templates/rows/name.sbn-html, rendered once and
/// repeated wherever the same row is written (<see cref="RowCache"/>). The row template sees only <c>row</c>.
/// </summary>
internal sealed class RowFunction() : TemplateFunction(new ScriptParameterInfo(typeof(string), "name"), new ScriptParameterInfo(typeof(object), "row"))
{
    public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
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
}
