using PianoSite.Diagnostics;

namespace PianoSite.Model;

/// <summary>A warning the plan's owners accepted in content/controlli.yml, with their reason.</summary>
public sealed record AcceptedWarning(string Code, string Subject, string Reason, SourceSpan Span);
