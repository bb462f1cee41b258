using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PianoSite.Tests.Schemas;

/// <summary>
/// Checks a YAML document against a JSON Schema the way VS Code's YAML extension does, for the keywords the
/// generated schemas use (type, properties, required, additionalProperties, items, pattern, minimum).
/// Plain scalars get YAML 1.2 core types: null, booleans and integers are not strings.
/// </summary>
internal static partial class SchemaValidator
{
    public static IReadOnlyList<string> Validate(JsonElement schema, string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var errors = new List<string>();
        Check(schema, stream.Documents[0].RootNode, "$", errors);
        return errors;
    }

    private static void Check(JsonElement schema, YamlNode node, string where, List<string> errors)
    {
        var type = TypeOf(node);
        if (schema.TryGetProperty("type", out var allowed))
        {
            var types = allowed.ValueKind == JsonValueKind.Array ? allowed.EnumerateArray().Select(t => t.GetString()!).ToArray() : [allowed.GetString()!];
            if (!types.Contains(type))
            {
                errors.Add($"{where}: {type} where {string.Join("|", types)} is expected");
                return;
            }
        }
        switch (node)
        {
            case YamlMappingNode mapping:
                var keys = mapping.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value!).ToHashSet(StringComparer.Ordinal);
                var properties = schema.TryGetProperty("properties", out var p) ? p : default;
                if (schema.TryGetProperty("required", out var required))
                {
                    errors.AddRange(required.EnumerateArray().Select(r => r.GetString()!).Where(r => !keys.Contains(r)).Select(r => $"{where}: missing {r}"));
                }
                foreach (var (key, value) in mapping.Children)
                {
                    var name = ((YamlScalarNode)key).Value!;
                    if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(name, out var property))
                    {
                        Check(property, value, $"{where}.{name}", errors);
                    }
                    else if (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False)
                    {
                        errors.Add($"{where}: unknown key {name}");
                    }
                }
                break;
            case YamlSequenceNode sequence when schema.TryGetProperty("items", out var items):
                var index = 0;
                foreach (var item in sequence.Children)
                {
                    Check(items, item, $"{where}[{index++}]", errors);
                }
                break;
            case YamlScalarNode scalar:
                if (schema.TryGetProperty("pattern", out var pattern) && type == "string" && !Regex.IsMatch(scalar.Value!, pattern.GetString()!))
                {
                    errors.Add($"{where}: «{scalar.Value}» does not match {pattern.GetString()}");
                }
                if (schema.TryGetProperty("minimum", out var minimum) && type == "integer"
                    && long.Parse(scalar.Value!, CultureInfo.InvariantCulture) < minimum.GetInt64())
                {
                    errors.Add($"{where}: {scalar.Value} is below {minimum.GetInt64()}");
                }
                break;
        }
    }

    private static string TypeOf(YamlNode node) => node switch
    {
        YamlMappingNode => "object",
        YamlSequenceNode => "array",
        YamlScalarNode { Style: not ScalarStyle.Plain } => "string",
        YamlScalarNode { Value: null or "" or "~" or "null" or "Null" or "NULL" } => "null",
        YamlScalarNode { Value: "true" or "True" or "TRUE" or "false" or "False" or "FALSE" } => "boolean",
        YamlScalarNode s when Integer().IsMatch(s.Value!) => "integer",
        YamlScalarNode s when Float().IsMatch(s.Value!) => "number",
        _ => "string",
    };

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
