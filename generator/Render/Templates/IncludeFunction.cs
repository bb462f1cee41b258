using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PianoSite.Render.Templates;

/// <summary>
/// <c>{{ include 'name' field: value … }}</c>: renders templates/includes/name.sbn-html in place, into the same output
/// and through the same encoding as the template that includes it, so its text is neither encoded twice nor left
/// unencoded (Scriban's own include returns a string, which the next write would encode again). The named values
/// are the include's own variables; it also sees the page's (<c>site</c>, <c>page</c>, …).
/// </summary>
internal sealed class IncludeFunction() : TemplateFunction(new ScriptParameterInfo(typeof(string), "name"))
{
    public override ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        if (arguments.Count != 1 || arguments[0] is not string name)
        {
            throw new ScriptRuntimeException(span,
                "«include» vuole il nome del frammento tra virgolette, seguito dai valori da passargli per nome: {{ include 'pager' pager: model.pager }}");
        }
        var templates = ((HtmlTemplateContext)context).Templates;
        var include = templates.Include(name)
            ?? throw new ScriptRuntimeException(span, $"frammento (include) «{name}» non trovato: va creato come {TemplateSet.IncludePath(name)}");
        var variables = new ScriptObject();
        foreach (var member in arguments.GetMembers())
        {
            arguments.TryGetValue(context, span, member, out var value);
            variables[member] = value;
        }
        context.EnterRecursive(callerContext);
        context.PushGlobal(variables);
        try
        {
            context.Evaluate(include.Page!);   // a parsed template without errors has its page
        }
        finally
        {
            context.PopGlobal();
            context.ExitRecursive(callerContext);
        }
        return null;
    }
}
