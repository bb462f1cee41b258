using System.Collections.Immutable;
using PianoSite.Diagnostics;

namespace PianoSite.Parse;

/// <summary>A YAML node with its position: the parse stage's own tree, so that every value keeps line and column.</summary>
public abstract record YamlNode(SourceSpan Span)
{
    /// <summary>The node's kind as an editor would say it, for "wrong type" messages.</summary>
    public abstract string KindName { get; }
}

/// <param name="IsBlock">a literal (|) or folded (>) block: its text starts on the line after <see cref="YamlNode.Span"/>.</param>
public sealed record YamlScalar(string Value, bool IsPlain, SourceSpan Span, bool IsBlock = false) : YamlNode(Span)
{
    /// <summary>A plain <c>~</c>, <c>null</c> or empty value: YAML's null.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string KindName => IsNull ? "un valore vuoto" : "un testo";
}

public sealed record YamlSequence(ImmutableArray<YamlNode> Items, SourceSpan Span) : YamlNode(Span)
{
    public override string KindName => "un elenco";
}

public sealed record YamlMapping(ImmutableArray<YamlEntry> Entries, SourceSpan Span) : YamlNode(Span)
{
    public override string KindName => "una struttura chiave: valore";
}

public sealed record YamlEntry(YamlScalar Key, YamlNode Value);
