using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PianoSite.Render.Templates;

/// <summary>A function of the project's own that templates call (<c>include</c>, <c>render_row</c>): what Scriban asks of one.</summary>
/// <param name="parameters">the positional parameters, all required.</param>
internal abstract class TemplateFunction(params ScriptParameterInfo[] parameters) : IScriptCustomFunction
{
    public abstract object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => parameters.Length;

    public int ParameterCount => parameters.Length;

    /// <summary>Direct: named values after the positional ones reach <see cref="Invoke"/> as the arguments' members.</summary>
    public virtual ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index < parameters.Length ? parameters[index] : new ScriptParameterInfo(typeof(object), "value");
}
