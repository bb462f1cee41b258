using System.Collections.Immutable;
using PianoSite.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PianoSite.Parse;

/// <summary>
/// Parses one YAML document into <see cref="YamlNode"/>s with positions. Refuses what content never needs and
/// what makes YAML dangerous: aliases (the "billion laughs" expansion bomb), several documents, complex keys;
/// reports duplicate keys instead of letting the last one silently win.
/// </summary>
public static class YamlReader
{
    /// <summary>
    /// Deepest nesting of lists and mappings accepted. The content needs about five levels; without a limit a
    /// document like <c>[[[[…]]]]</c> of a few hundred KB overflows the stack and kills the process.
    /// </summary>
    public const int MaxDepth = 32;

    /// <param name="lineOffset">lines before the YAML text in its file (front matter starts after the opening ---).</param>
    public static YamlNode? Read(string file, string text, DiagnosticBag diagnostics, int lineOffset = 0)
    {
        var parser = new Parser(new StringReader(text));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                diagnostics.Error(Codes.EmptyFile, SourceSpan.WholeFile(file), "il file è vuoto: non contiene dati YAML");
                return null;
            }
            parser.Consume<DocumentStart>();
            var root = new Builder(file, lineOffset, parser, diagnostics).ReadNode();
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var next))
            {
                diagnostics.Error(Codes.YamlSyntax, Span(file, next.Start, lineOffset),
                    "il file contiene più di un documento YAML (---): ne è ammesso uno solo");
                return null;
            }
            if (root is YamlScalar { IsNull: true })
            {
                diagnostics.Error(Codes.EmptyFile, SourceSpan.WholeFile(file), "il file non contiene dati (solo commenti o righe vuote)");
                return null;
            }
            return root;
        }
        catch (AliasRefusedException e)
        {
            diagnostics.Error(Codes.AliasNotAllowed, e.Span,
                "gli alias YAML (*nome) non sono ammessi nei contenuti: scrivere il valore per esteso");
            return null;
        }
        catch (NestingTooDeepException e)
        {
            diagnostics.Error(Codes.YamlSyntax, e.Span,
                $"struttura annidata troppo in profondità (oltre {MaxDepth} livelli di elenchi o chiavi): controllare le parentesi [ ] e {{ }}");
            return null;
        }
        catch (YamlException e) when (IsAboutTab(e))
        {
            // For a tab YamlDotNet's Start is the value it was scanning (often on the line above); End is the tab.
            diagnostics.Error(Codes.YamlSyntax, Span(file, e.End, lineOffset), $"errore di sintassi YAML: {Translate(e)}");
            return null;
        }
        catch (YamlException e)
        {
            diagnostics.Error(Codes.YamlSyntax, Span(file, e.Start, lineOffset), $"errore di sintassi YAML: {Translate(e)}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some malformed flow collections (found by the fuzz test):
            // it is still the editor's syntax error, at the last position the parser reached.
            var at = parser.Current?.Start ?? Mark.Empty;
            diagnostics.Error(Codes.YamlSyntax, Span(file, at, lineOffset),
                "errore di sintassi YAML: struttura non valida vicino a questo punto (parentesi [ ] o { } non chiuse o fuori posto?)");
            return null;
        }
    }

    internal static SourceSpan Span(string file, Mark mark, int lineOffset) =>
        new(file, (int)mark.Line + lineOffset, (int)mark.Column);

    /// <summary>YamlDotNet's messages are English; the most frequent ones get an Italian explanation in front.</summary>
    private static string Translate(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var hint = message switch
        {
            _ when IsAboutTab(e) => "i caratteri di tabulazione non sono ammessi per rientrare: usare spazi",
            _ when message.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase)
                || message.Contains("invalid mapping", StringComparison.OrdinalIgnoreCase) => "due punti in posizione non ammessa: racchiudere il testo tra virgolette o controllare il rientro",
            _ when message.Contains("did not find expected key", StringComparison.OrdinalIgnoreCase) => "rientro non coerente o chiave mancante",
            _ when message.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase) => "virgolette non chiuse",
            _ when message.Contains("flow sequence", StringComparison.OrdinalIgnoreCase) || message.Contains("flow mapping", StringComparison.OrdinalIgnoreCase) => "parentesi [ ] o { } non chiusa",
            _ when message.Contains("block", StringComparison.OrdinalIgnoreCase) => "rientro non coerente",
            _ => "struttura non valida",
        };
        return $"{hint} ({message.Trim()})";
    }

    private static bool IsAboutTab(YamlException e) =>
        (e.InnerException?.Message ?? e.Message).Contains("tab", StringComparison.OrdinalIgnoreCase);

    private sealed class AliasRefusedException(SourceSpan span) : Exception("alias")
    {
        public SourceSpan Span { get; } = span;
    }

    private sealed class NestingTooDeepException(SourceSpan span) : Exception("nesting")
    {
        public SourceSpan Span { get; } = span;
    }

    private sealed class Builder(string file, int lineOffset, IParser parser, DiagnosticBag diagnostics)
    {
        private int depth;

        public YamlNode ReadNode()
        {
            if (depth >= MaxDepth && parser.Current is SequenceStart or MappingStart)
            {
                throw new NestingTooDeepException(Span(file, parser.Current.Start, lineOffset));
            }
            depth++;
            try
            {
                return ReadNodeAtDepth();
            }
            finally
            {
                depth--;
            }
        }

        private YamlNode ReadNodeAtDepth()
        {
            if (parser.TryConsume<AnchorAlias>(out var alias))
            {
                throw new AliasRefusedException(Span(file, alias.Start, lineOffset));
            }
            if (parser.TryConsume<Scalar>(out var scalar))
            {
                return new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, Span(file, scalar.Start, lineOffset),
                    IsBlock: scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded);
            }
            if (parser.TryConsume<SequenceStart>(out var sequenceStart))
            {
                var items = ImmutableArray.CreateBuilder<YamlNode>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    items.Add(ReadNode());
                }
                return new YamlSequence(items.ToImmutable(), Span(file, sequenceStart.Start, lineOffset));
            }
            var mappingStart = parser.Consume<MappingStart>();
            var entries = ImmutableArray.CreateBuilder<YamlEntry>();
            var seen = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var keyNode = ReadNode();
                var value = ReadNode();
                if (keyNode is not YamlScalar key)
                {
                    diagnostics.Error(Codes.WrongType, keyNode.Span, "una chiave deve essere un semplice testo");
                    continue;
                }
                if (seen.TryGetValue(key.Value, out var first))
                {
                    diagnostics.Error(Codes.DuplicateKey, key.Span,
                        $"la chiave «{key.Value}» è ripetuta (già presente alla riga {first.Span.Line}): ogni chiave va scritta una sola volta");
                    continue;
                }
                seen.Add(key.Value, key);
                entries.Add(new YamlEntry(key, value));
            }
            return new YamlMapping(entries.ToImmutable(), Span(file, mappingStart.Start, lineOffset));
        }
    }
}
