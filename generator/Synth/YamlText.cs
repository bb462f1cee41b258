using System.Text;

namespace PianoSite.Synth;

/// <summary>Writes YAML scalars the way an editor would: plain when that is safe, double-quoted otherwise.</summary>
public static class YamlText
{
    private const string IndicatorStarts = "-?:,[]{}#&*!|>'\"%@`";

    public static string Scalar(string value)
    {
        var plain = value.Length > 0
            && !IndicatorStarts.Contains(value[0], StringComparison.Ordinal)
            && !char.IsWhiteSpace(value[0])
            && !char.IsWhiteSpace(value[^1])
            && !value.EndsWith(':')
            && !value.Contains(": ", StringComparison.Ordinal)
            && !value.Contains(" #", StringComparison.Ordinal)
            && !value.Contains('\n', StringComparison.Ordinal)
            && !LooksLikeAnotherType(value);
        return plain ? value : Quoted(value);
    }

    public static string FlowList(IEnumerable<string> values) => $"[{string.Join(", ", values)}]";

    /// <summary>A literal block scalar (<c>key: |</c>) indented by <paramref name="indent"/> spaces.</summary>
    public static string Block(string text, int indent)
    {
        var pad = new string(' ', indent);
        var block = new StringBuilder("|\n");
        foreach (var line in text.TrimEnd('\n').Split('\n'))
        {
            block.Append(line.Length == 0 ? string.Empty : pad).Append(line).Append('\n');
        }
        return block.ToString();
    }

    private static string Quoted(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static bool LooksLikeAnotherType(string value) =>
        value is "true" or "false" or "null" or "~" or "yes" or "no" or "on" or "off"
        || double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
}
