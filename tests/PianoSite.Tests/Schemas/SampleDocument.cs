using PianoSite.Parse.Shapes;
using YamlDotNet.Serialization;

namespace PianoSite.Tests.Schemas;

/// <summary>
/// A document built from an <see cref="ObjectShape"/> with one plausible value per field (one item per list),
/// from which single fields can be removed or unknown keys added: the same change is then shown to both the
/// reader and the schema, which must agree on it.
/// </summary>
internal static class SampleDocument
{
    /// <summary>Every field as a path of keys; list items are entered through their first item.</summary>
    public static IEnumerable<(string[] Path, FieldShape Field)> Fields(ObjectShape shape, string[]? prefix = null)
    {
        prefix ??= [];
        foreach (var field in shape.Fields)
        {
            string[] path = [.. prefix, field.Key];
            yield return (path, field);
            if (field.Item is { } item)
            {
                foreach (var nested in Fields(item, path))
                {
                    yield return nested;
                }
            }
        }
    }

    /// <summary>Every group of fields (the shape itself and the nested ones) as a path of keys.</summary>
    public static IEnumerable<string[]> Groups(ObjectShape shape) =>
        [[], .. Fields(shape).Where(f => f.Field.Item is not null).Select(f => f.Path)];

    public static Dictionary<string, object> Build(ObjectShape shape) =>
        shape.Fields.ToDictionary(f => f.Key, Value, StringComparer.Ordinal);

    public static Dictionary<string, object> Without(ObjectShape shape, string[] path)
    {
        var document = Build(shape);
        Group(document, path[..^1]).Remove(path[^1]);
        return document;
    }

    public static Dictionary<string, object> WithUnknownKey(ObjectShape shape, string[] groupPath)
    {
        var document = Build(shape);
        Group(document, groupPath)["chiave_sconosciuta"] = "valore";
        return document;
    }

    public static string ToYaml(Dictionary<string, object> document) => new SerializerBuilder().Build().Serialize(document);

    private static Dictionary<string, object> Group(Dictionary<string, object> document, string[] path)
    {
        var group = document;
        foreach (var key in path)
        {
            group = group[key] switch
            {
                Dictionary<string, object> nested => nested,
                List<object> list => (Dictionary<string, object>)list[0],
                _ => throw new InvalidOperationException($"{key} is not a group"),
            };
        }
        return group;
    }

    private static object Value(FieldShape field) => field.Kind switch
    {
        FieldKind.Text when field.Pattern == ContentShapes.MissionCodePattern => "M1",
        FieldKind.Text when field.Pattern == ContentShapes.ComponentCodePattern => "M1C1",
        FieldKind.Text when field.Pattern == ContentShapes.WebAddressPattern => "https://www.esempio.it/psttm/",
        FieldKind.Text or FieldKind.Markdown => "Testo di prova",
        FieldKind.Date => "2025-01-01",
        FieldKind.Number => 1,
        FieldKind.TextList => new List<object> { "cm" },
        FieldKind.NumberList => new List<object> { 1 },
        FieldKind.Group => Build(field.Item!),
        FieldKind.GroupList => new List<object> { Build(field.Item!) },
        _ => throw new InvalidOperationException($"no sample for {field.Kind}"),
    };
}
