using System.Text.Encodings.Web;
using System.Text.Json;
using PianoSite.Parse.Shapes;

namespace PianoSite.Schemas;

/// <summary>
/// Writes an <see cref="ObjectShape"/> as a JSON Schema (draft-07, what VS Code's YAML extension reads best).
/// Only what the readers enforce is in it: the known keys (no others), the required ones, types, code
/// patterns and minimums; reference checks (an actor or component that exists) stay with `check`.
/// </summary>
public static class JsonSchemaWriter
{
    private const string Draft = "http://json-schema.org/draft-07/schema#";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        // Italian descriptions stay readable in the file: accents and apostrophes are not escaped. ("Unsafe"
        // only concerns JSON pasted into HTML, which these files never are.)
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(SchemaFile schema)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", Draft);
            json.WriteString("$comment", $"Generato da PianoSite (pianosite schemas) a partire dai lettori dei contenuti: non modificare a mano. Vale per {schema.AppliesTo}"
                + (schema.IsFrontMatter ? " (l'intestazione tra le due righe ---)." : "."));
            WriteObject(json, schema.Shape);
            json.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void WriteObject(Utf8JsonWriter json, ObjectShape shape)
    {
        json.WriteString("title", shape.Title);
        json.WriteString("description", shape.Description);
        json.WriteString("type", "object");
        json.WriteStartObject("properties");
        foreach (var field in shape.Fields)
        {
            json.WriteStartObject(field.Key);
            WriteField(json, field);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        var required = shape.Fields.Where(f => f.Required).ToArray();
        if (required.Length > 0)
        {
            json.WriteStartArray("required");
            foreach (var field in required)
            {
                json.WriteStringValue(field.Key);
            }
            json.WriteEndArray();
        }
        json.WriteBoolean("additionalProperties", false);
    }

    private static void WriteField(Utf8JsonWriter json, FieldShape field)
    {
        json.WriteString("description", field.Description);
        switch (field.Kind)
        {
            case FieldKind.Text or FieldKind.Markdown:
                WriteText(json, field);
                break;
            case FieldKind.Date:
                WriteText(json, field);
                json.WriteString("format", "date");
                break;
            case FieldKind.Number:
                WriteInteger(json, field);
                break;
            case FieldKind.TextList:
                // An empty value (the key alone) is read as an empty list.
                WriteNullableArray(json);
                json.WriteStartObject("items");
                json.WriteString("type", "string");
                json.WriteEndObject();
                break;
            case FieldKind.NumberList:
                WriteNullableArray(json);
                json.WriteStartObject("items");
                json.WriteString("type", "integer");
                json.WriteNumber("minimum", 0);
                json.WriteEndObject();
                break;
            case FieldKind.Group:
                WriteObject(json, Nested(field));
                break;
            case FieldKind.GroupList:
                json.WriteString("type", "array");
                json.WriteStartObject("items");
                WriteObject(json, Nested(field));
                json.WriteEndObject();
                break;
            default:
                throw new InvalidOperationException($"unknown field kind {field.Kind}");
        }
    }

    private static void WriteText(Utf8JsonWriter json, FieldShape field)
    {
        json.WriteString("type", "string");
        // A text of blanks only is as missing as no text.
        json.WriteString("pattern", field.Pattern ?? "\\S");
    }

    private static void WriteInteger(Utf8JsonWriter json, FieldShape field)
    {
        json.WriteString("type", "integer");
        if (field.Minimum is { } minimum)
        {
            json.WriteNumber("minimum", minimum);
        }
    }

    private static void WriteNullableArray(Utf8JsonWriter json)
    {
        json.WriteStartArray("type");
        json.WriteStringValue("array");
        json.WriteStringValue("null");
        json.WriteEndArray();
    }

    private static ObjectShape Nested(FieldShape field) =>
        field.Item ?? throw new InvalidOperationException($"{field.Key} has no nested fields");
}
