namespace PianoSite.Diagnostics;

/// <summary>
/// One finding about the plan or the build, as data. <see cref="Subject"/> names what it is about
/// (an objective "M2.18", a component "M5C3") so that a warning can be accepted in controlli.yml.
/// </summary>
/// <param name="AcceptedBecause">for a warning accepted in content/controlli.yml: the reason written there.</param>
public sealed record Diagnostic(string Code, Severity Severity, SourceSpan Span, string Message, string? Subject = null, string? AcceptedBecause = null)
{
    public bool IsAccepted => AcceptedBecause is not null;

    public bool IsError => Severity == Severity.Error;

    public static Diagnostic Error(string code, SourceSpan span, string message, string? subject = null) =>
        new(code, Severity.Error, span, message, subject);

    public static Diagnostic Warning(string code, SourceSpan span, string message, string? subject = null) =>
        new(code, Severity.Warning, span, message, subject);

    /// <summary>MSBuild style, so editors and CI annotate it: <c>file:line:col: error CODE: message</c>.</summary>
    public override string ToString()
    {
        var kind = Severity == Severity.Error ? "error" : "warning";
        var where = Span.File.Length == 0 ? "pianosite" : Span.ToString();
        var accepted = IsAccepted ? $" [accettato: {AcceptedBecause}]" : string.Empty;
        return $"{where}: {kind} {Code}: {Message}{accepted}";
    }
}
