namespace PianoSite.Diagnostics;

/// <summary>Collects the diagnostics of one stage. Not shared between runs.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = [];

    public IReadOnlyList<Diagnostic> Items => items;

    public bool HasErrors => items.Exists(d => d.IsError);

    public void Add(Diagnostic diagnostic) => items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => items.AddRange(diagnostics);

    public void Error(string code, SourceSpan span, string message, string? subject = null) =>
        items.Add(Diagnostic.Error(code, span, message, subject));

    public void Warning(string code, SourceSpan span, string message, string? subject = null) =>
        items.Add(Diagnostic.Warning(code, span, message, subject));
}
