namespace PianoSite.Check;

/// <summary>"forse si intendeva …?" for a mistyped id or code.</summary>
public static class Suggestions
{
    public static string For(string unknown, IEnumerable<string> known) =>
        Parse.YamlObject.Suggest(unknown, known) is { } match ? $": forse si intendeva «{match}»?" : string.Empty;
}
