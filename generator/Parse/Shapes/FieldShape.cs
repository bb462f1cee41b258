namespace PianoSite.Parse.Shapes;

/// <summary>One field of a content file: its key, what it holds, whether it must be there, and a hint for editors.</summary>
/// <param name="Description">Italian: shown by editors' tools (VS Code's YAML extension) while typing.</param>
/// <param name="Item">the fields of the nested object, or of each item of an object list.</param>
/// <param name="Pattern">the regular expression a text must match, when its reader enforces one.</param>
/// <param name="Minimum">the smallest whole number accepted, when its reader enforces one.</param>
public sealed record FieldShape(
    string Key,
    FieldKind Kind,
    bool Required,
    string Description,
    ObjectShape? Item = null,
    string? Pattern = null,
    int? Minimum = null);
