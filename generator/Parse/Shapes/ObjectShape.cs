using System.Collections.Immutable;

namespace PianoSite.Parse.Shapes;

/// <summary>
/// The fields a YAML mapping of the content may have. Readers take their list of known keys from here and the
/// JSON Schemas for editors are generated from here, so the two cannot drift apart.
/// </summary>
public sealed class ObjectShape(string title, string description, ImmutableArray<FieldShape> fields)
{
    public string Title => title;

    /// <summary>Italian: what this group of fields is, for editors' tools.</summary>
    public string Description => description;

    public ImmutableArray<FieldShape> Fields => fields;

    /// <summary>The keys a reader accepts, in order; any other key is reported (PS1002).</summary>
    public IReadOnlyCollection<string> Keys { get; } = [.. fields.Select(f => f.Key)];

    public FieldShape Field(string key) => fields.Single(f => f.Key == key);

    /// <summary>The fields of a nested object or of each item of an object list.</summary>
    public ObjectShape Item(string key) => Field(key).Item
        ?? throw new InvalidOperationException($"{key} in {title} has no nested fields");
}
