namespace PianoSite.Tests.Pdf.Conformance;

/// <summary>One failure of a rule: the rule's name, the clauses it checks, and what was found where.</summary>
public sealed record PdfUaViolation(string Rule, string Reference, string Message)
{
    public override string ToString() => $"{Rule} ({Reference}): {Message}";
}
