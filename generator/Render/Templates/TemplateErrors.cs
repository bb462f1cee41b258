using System.Text.RegularExpressions;
using Scriban.Parsing;
using Scriban.Syntax;
using PianoSite.Diagnostics;

namespace PianoSite.Render.Templates;

/// <summary>
/// Scriban's parse and runtime errors as PS4001 diagnostics for designers: at the position Scriban gives (the
/// template file, an include's own file when the fault is in it), with the message in Italian. The usual faults
/// have a message of their own; any other keeps Scriban's English words after an Italian lead.
/// </summary>
internal static partial class TemplateErrors
{
    public static Diagnostic Describe(LogMessage message) =>
        Diagnostic.Error(Codes.TemplateError, At(message.Span), Parsing(message.Message));

    public static Diagnostic Describe(ScriptRuntimeException e) => e switch
    {
        ScriptParserRuntimeException { ParserMessages.Count: > 0 } parsing => Describe(parsing.ParserMessages[0]),
        _ => Diagnostic.Error(Codes.TemplateError, At(e.Span), Running(e.OriginalMessage)),
    };

    /// <summary>Scriban's positions count lines and columns from 0.</summary>
    private static PianoSite.Diagnostics.SourceSpan At(Scriban.Parsing.SourceSpan span) =>
        new(span.FileName ?? "templates", span.Start.Line + 1, span.Start.Column + 1);

    private static string Parsing(string message) => message switch
    {
        _ when UnclosedBlock().Match(message) is { Success: true } block =>
            $"il blocco «{block.Groups[1].Value}» non è chiuso: manca {{{{ end }}}} prima della fine del file",
        _ when message.Contains("Found <end> statement without a corresponding beginning of a block", StringComparison.Ordinal) =>
            "«{{ end }}» chiude un blocco che non è stato aperto",
        _ when message.Contains("Unexpected token", StringComparison.Ordinal) || message.Contains("Expecting", StringComparison.Ordinal) =>
            $"espressione non valida o non chiusa (ogni «{{{{» va chiuso da «}}}}»): {Detail(message)}",
        _ => $"errore di sintassi nel modello: {Detail(message)}",
    };

    private static string Running(string message) => message switch
    {
        _ when UnknownName().Match(message) is { Success: true } name =>
            $"«{name.Groups[1].Value}» non esiste: non è un campo dei dati della pagina né una funzione",
        _ when UnknownMember().Match(message) is { Success: true } member =>
            $"il campo «{member.Groups[1].Value}» non esiste nei dati della pagina",
        _ when message.StartsWith("Object `", StringComparison.Ordinal) && message.Contains("is null", StringComparison.Ordinal) =>
            $"si legge un campo di un valore vuoto (usare «if» prima, o «?.»): {message}",
        _ when WrongArguments().Match(message) is { Success: true } call =>
            $"«{call.Groups[2].Value}» riceve {call.Groups[1].Value} argomenti invece di {call.Groups[3].Value}",
        _ when message.StartsWith("Exceeding number of iteration limit", StringComparison.Ordinal) =>
            $"un ciclo supera il limite di {HtmlTemplateContext.MaximumIterations} ripetizioni",
        _ when message.StartsWith("Exceeding number of recursive depth limit", StringComparison.Ordinal) =>
            $"troppi frammenti uno dentro l'altro (al massimo {HtmlTemplateContext.MaximumDepth})",
        _ when IsItalian(message) => message,
        _ => $"errore nel modello: {message}",
    };

    /// <summary>Scriban's parse messages start with where it was ("Error while parsing if statement: …").</summary>
    private static string Detail(string message) => message.StartsWith("Error while parsing", StringComparison.Ordinal) && message.IndexOf(": ", StringComparison.Ordinal) is var colon and > 0
        ? message[(colon + 2)..]
        : message;

    /// <summary>The project's own functions (include, render_row) already say what is wrong in Italian.</summary>
    private static bool IsItalian(string message) => message.StartsWith('«') || message.StartsWith("frammento", StringComparison.Ordinal) || message.StartsWith("modello di riga", StringComparison.Ordinal);

    [GeneratedRegex(@"^Error while parsing (\w+) statement: The <end> statement was not found")]
    private static partial Regex UnclosedBlock();

    [GeneratedRegex("^Invalid number of arguments `([0-9]+)` passed to `([^`]*)` while expecting `([0-9]+)`")]
    private static partial Regex WrongArguments();

    [GeneratedRegex("^The variable or function `([^`]*)` was not found")]
    private static partial Regex UnknownName();

    [GeneratedRegex(@"^Cannot get member with name ([^.\s]*)")]
    private static partial Regex UnknownMember();
}
