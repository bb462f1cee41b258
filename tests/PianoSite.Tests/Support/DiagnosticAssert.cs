using PianoSite.Diagnostics;
using PianoSite.Pipeline;

namespace PianoSite.Tests.Support;

/// <summary>Assertions on a run's diagnostics: code, severity and exact position.</summary>
public static class DiagnosticAssert
{
    /// <summary>The one diagnostic with <paramref name="code"/>, at file:line:column.</summary>
    public static Diagnostic One(BuildResult result, string code, string file, int line, int column)
    {
        var diagnostic = One(result, code);
        Assert.Equal(new SourceSpan(file, line, column), diagnostic.Span);
        return diagnostic;
    }

    /// <summary>The one diagnostic with <paramref name="code"/>, about a whole file (no line).</summary>
    public static Diagnostic OneForFile(BuildResult result, string code, string file)
    {
        var diagnostic = One(result, code);
        Assert.Equal(SourceSpan.WholeFile(file), diagnostic.Span);
        return diagnostic;
    }

    public static Diagnostic One(BuildResult result, string code)
    {
        var found = result.Diagnostics.Where(d => d.Code == code).ToArray();
        Assert.True(found.Length == 1,
            $"expected exactly one {code}, found {found.Length}. All diagnostics:\n{Describe(result)}");
        return found[0];
    }

    /// <summary>The run produced this one diagnostic and nothing else.</summary>
    public static Diagnostic Only(BuildResult result, string code, string file, int line, int column)
    {
        Assert.True(result.Diagnostics.Count == 1, $"expected only {code}. All diagnostics:\n{Describe(result)}");
        return One(result, code, file, line, column);
    }

    public static void Clean(BuildResult result) =>
        Assert.True(result.Diagnostics.Count == 0, $"expected no diagnostics. All diagnostics:\n{Describe(result)}");

    public static string Describe(BuildResult result) => string.Join('\n', result.Diagnostics);
}
