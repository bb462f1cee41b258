using System.Text.Json;

namespace PianoSite.Tests.Rdf;

/// <summary>What rdf-check.mjs found: each file's triples (sorted N-Triples) and the SHACL report over them all.</summary>
public sealed record ShaclReport(IReadOnlyList<IReadOnlyList<string>> Triples, bool Conforms, IReadOnlyList<ShaclResult> Results)
{
    public static string Shapes => Path.Combine(NodeScript.Folder, "dcat-ap_it.shapes.ttl");

    /// <param name="drop">predicates whose triples are removed before validating.</param>
    public static ShaclReport Check(IEnumerable<string> files, params string[] drop)
    {
        var json = NodeScript.Run("rdf-check.mjs", [Shapes, .. drop.SelectMany(p => new[] { "--drop", p }), .. files]);
        return new ShaclReport(
            [.. json.GetProperty("files").EnumerateArray().Select(f => (IReadOnlyList<string>)[.. f.GetProperty("triples").EnumerateArray().Select(t => t.GetString()!)])],
            json.GetProperty("conforms").GetBoolean(),
            [.. json.GetProperty("results").EnumerateArray().Select(r => new ShaclResult(
                Text(r, "focusNode"), Text(r, "path"), Text(r, "constraint"),
                string.Join("; ", r.GetProperty("message").EnumerateArray().Select(m => m.GetString()))))]);
    }

    private static string? Text(JsonElement element, string name) =>
        element.GetProperty(name).ValueKind == JsonValueKind.Null ? null : element.GetProperty(name).GetString();
}

public sealed record ShaclResult(string? FocusNode, string? Path, string? Constraint, string Message)
{
    public override string ToString() => $"{FocusNode} {Path}: {Constraint} {Message}";
}
