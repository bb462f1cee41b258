using System.Text;

namespace PianoSite.Render.Catalogue;

/// <summary>
/// RDF 1.1 Turtle: the prefixes, then each subject once with its predicates in the order they were added, objects
/// of a repeated predicate joined with commas. Names are prefixed only when the local part is a plain name; any
/// other IRI is written whole, and every string is escaped as the grammar's STRING_LITERAL_QUOTE requires.
/// </summary>
public static class TurtleWriter
{
    public static string Write(IReadOnlyList<RdfTriple> triples)
    {
        var text = new StringBuilder();
        foreach (var (prefix, ns) in Rdf.Prefixes)
        {
            text.Append("@prefix ").Append(prefix).Append(": <").Append(ns).Append("> .\n");
        }
        foreach (var subject in triples.GroupBy(t => t.Subject, StringComparer.Ordinal))
        {
            text.Append('\n').Append(Iri(subject.Key));
            var predicates = subject.GroupBy(t => t.Predicate, StringComparer.Ordinal).ToArray();
            for (var i = 0; i < predicates.Length; i++)
            {
                text.Append(i == 0 ? "\n    " : " ;\n    ")
                    .Append(predicates[i].Key == Rdf.Type ? "a" : Iri(predicates[i].Key))
                    .Append(' ')
                    .AppendJoin(" , ", predicates[i].Select(t => Term(t.Value)));
            }
            text.Append(" .\n");
        }
        return text.ToString();
    }

    private static string Term(RdfTerm term)
    {
        if (term.IsIri)
        {
            return Iri(term.Value);
        }
        var literal = Quoted(term.Value);
        return term.Language is { } language ? $"{literal}@{language}"
            : term.Datatype is { } datatype ? $"{literal}^^{Iri(datatype)}"
            : literal;
    }

    private static string Iri(string iri)
    {
        foreach (var (prefix, ns) in Rdf.Prefixes)
        {
            if (iri.StartsWith(ns, StringComparison.Ordinal) && IsPlainName(iri.AsSpan(ns.Length)))
            {
                return $"{prefix}:{iri[ns.Length..]}";
            }
        }
        var text = new StringBuilder("<");
        foreach (var c in iri)
        {
            // IRIREF excludes these and the controls; \u escapes are allowed for them.
            if (c <= ' ' || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\')
            {
                text.Append($"\\u{(int)c:X4}");
            }
            else
            {
                text.Append(c);
            }
        }
        return text.Append('>').ToString();
    }

    private static bool IsPlainName(ReadOnlySpan<char> local)
    {
        if (local.IsEmpty || !char.IsAsciiLetter(local[0]))
        {
            return false;
        }
        foreach (var c in local)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }
        return true;
    }

    private static string Quoted(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return text.Append('"').ToString();
    }
}
