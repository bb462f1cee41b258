using System.Collections.Immutable;
using System.Globalization;
using PianoSite.Diagnostics;
using PianoSite.Model;

namespace PianoSite.Parse;

/// <summary>
/// Typed, diagnosed access to the fields of one YAML mapping. Unknown keys are reported once, with the closest
/// known key as a suggestion; missing and wrongly typed fields are reported where they are read.
/// </summary>
public sealed class YamlObject
{
    private readonly Dictionary<string, YamlEntry> entries;
    private readonly DiagnosticBag diagnostics;

    private YamlObject(YamlMapping mapping, string what, IReadOnlyCollection<string> knownKeys, DiagnosticBag diagnostics)
    {
        Mapping = mapping;
        What = what;
        this.diagnostics = diagnostics;
        entries = mapping.Entries.ToDictionary(e => e.Key.Value, StringComparer.Ordinal);
        foreach (var entry in mapping.Entries.Where(e => !knownKeys.Contains(e.Key.Value)))
        {
            var suggestion = Suggest(entry.Key.Value, knownKeys);
            var hint = suggestion is null ? $"le chiavi ammesse sono: {string.Join(", ", knownKeys)}" : $"forse si intendeva «{suggestion}»?";
            diagnostics.Error(Codes.UnknownKey, entry.Key.Span, $"chiave sconosciuta «{entry.Key.Value}» in {what}: {hint}");
        }
    }

    public YamlMapping Mapping { get; }

    public string What { get; }

    public SourceSpan Span => Mapping.Span;

    /// <summary>Wraps a node that must be a mapping; null (and a diagnostic) when it is not.</summary>
    public static YamlObject? From(YamlNode? node, string what, IReadOnlyCollection<string> knownKeys, DiagnosticBag diagnostics)
    {
        if (node is YamlMapping mapping)
        {
            return new YamlObject(mapping, what, knownKeys, diagnostics);
        }
        if (node is not null)
        {
            diagnostics.Error(Codes.WrongType, node.Span, $"{what} deve essere una struttura chiave: valore, non {node.KindName}");
        }
        return null;
    }

    public bool Has(string key) => entries.ContainsKey(key);

    public YamlNode? Node(string key) => entries.TryGetValue(key, out var entry) ? entry.Value : null;

    public SourceSpan KeySpan(string key) => entries.TryGetValue(key, out var entry) ? entry.Key.Span : Span;

    public string? RequiredText(string key) => Text(key, required: true);

    public string? OptionalText(string key) => Text(key, required: false);

    public int? RequiredInt(string key, int min = 1)
    {
        var scalar = Scalar(key, required: true);
        if (scalar is null)
        {
            return null;
        }
        if (!scalar.IsPlain || !int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            diagnostics.Error(Codes.WrongType, scalar.Span, $"«{key}» in {What} deve essere un numero intero, non «{scalar.Value}»");
            return null;
        }
        if (value < min)
        {
            diagnostics.Error(Codes.InvalidValue, scalar.Span, $"«{key}» in {What} deve essere almeno {min}");
            return null;
        }
        return value;
    }

    public DateOnly? RequiredDate(string key)
    {
        var scalar = Scalar(key, required: true);
        if (scalar is null)
        {
            return null;
        }
        if (!DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            diagnostics.Error(Codes.InvalidValue, scalar.Span, $"«{key}» in {What} deve essere una data nella forma AAAA-MM-GG, non «{scalar.Value}»");
            return null;
        }
        return date;
    }

    /// <summary>A list of scalars, each with its own position. A missing key is an empty list unless required.</summary>
    public ImmutableArray<Located<string>> TextList(string key, bool required)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required)
            {
                Missing(key);
            }
            return [];
        }
        if (node is YamlScalar { IsNull: true })
        {
            return [];
        }
        if (node is not YamlSequence sequence)
        {
            diagnostics.Error(Codes.WrongType, node.Span, $"«{key}» in {What} deve essere un elenco, ad esempio [a, b], non {node.KindName}");
            return [];
        }
        var items = ImmutableArray.CreateBuilder<Located<string>>();
        foreach (var item in sequence.Items)
        {
            if (item is YamlScalar { IsNull: false } scalar)
            {
                items.Add(new Located<string>(scalar.Value, scalar.Span));
            }
            else
            {
                diagnostics.Error(Codes.WrongType, item.Span, $"ogni voce di «{key}» in {What} deve essere un testo, non {item.KindName}");
            }
        }
        return items.ToImmutable();
    }

    public ImmutableArray<Located<int>> IntList(string key)
    {
        var items = ImmutableArray.CreateBuilder<Located<int>>();
        foreach (var item in TextList(key, required: false))
        {
            if (int.TryParse(item.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                items.Add(new Located<int>(value, item.Span));
            }
            else
            {
                diagnostics.Error(Codes.WrongType, item.Span, $"ogni voce di «{key}» in {What} deve essere un numero intero, non «{item.Value}»");
            }
        }
        return items.ToImmutable();
    }

    /// <summary>A list of mappings; each item that is not a mapping is diagnosed and skipped.</summary>
    public IEnumerable<YamlObject> ObjectList(string key, string itemWhat, IReadOnlyCollection<string> knownKeys, bool required)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required)
            {
                Missing(key);
            }
            return [];
        }
        if (node is YamlScalar { IsNull: true } && !required)
        {
            return [];
        }
        if (node is not YamlSequence sequence)
        {
            diagnostics.Error(Codes.WrongType, node.Span, $"«{key}» in {What} deve essere un elenco, non {node.KindName}");
            return [];
        }
        return sequence.Items
            .Select(item => From(item, itemWhat, knownKeys, diagnostics))
            .OfType<YamlObject>()
            .ToArray();
    }

    public YamlObject? Child(string key, string what, IReadOnlyCollection<string> knownKeys, bool required)
    {
        var node = Node(key);
        if (node is null && required)
        {
            Missing(key);
        }
        return From(node, what, knownKeys, diagnostics);
    }

    private string? Text(string key, bool required)
    {
        var scalar = Scalar(key, required);
        if (scalar is null)
        {
            return null;
        }
        if (string.IsNullOrWhiteSpace(scalar.Value))
        {
            if (required)
            {
                diagnostics.Error(Codes.MissingField, scalar.Span, $"«{key}» in {What} è vuoto: va scritto un testo");
            }
            return null;
        }
        return scalar.Value;
    }

    private YamlScalar? Scalar(string key, bool required)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                if (required)
                {
                    Missing(key);
                }
                return null;
            case YamlScalar { IsNull: true } when required:
                diagnostics.Error(Codes.MissingField, node.Span, $"«{key}» in {What} è vuoto");
                return null;
            case YamlScalar scalar:
                return scalar;
            default:
                diagnostics.Error(Codes.WrongType, node.Span, $"«{key}» in {What} deve essere un testo, non {node.KindName}");
                return null;
        }
    }

    private void Missing(string key) =>
        diagnostics.Error(Codes.MissingField, Span, $"manca il campo obbligatorio «{key}» in {What}");

    /// <summary>The known key within edit distance 2 (or a third of its length), if any; case does not count.</summary>
    internal static string? Suggest(string unknown, IEnumerable<string> known) => known
        .Select(k => (Key: k, Distance: Levenshtein(unknown.ToLowerInvariant(), k.ToLowerInvariant())))
        .Where(x => x.Distance <= Math.Max(2, x.Key.Length / 3))
        .OrderBy(x => x.Distance)
        .ThenBy(x => x.Key, StringComparer.Ordinal)
        .Select(x => x.Key)
        .FirstOrDefault();

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
