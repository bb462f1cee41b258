using System.Text.RegularExpressions;

namespace PianoSite.Tests.Content;

/// <summary>The normalisations shared by the fidelity tests: words, hyphen-insensitive keys, table artefacts.</summary>
internal static partial class FidelityText
{
    /// <summary>Words separated by any whitespace, punctuation kept: whitespace differences never matter.</summary>
    public static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// A word with its inner hyphens removed. The PDF hyphenates at line ends and the transcription joins
    /// the halves, keeping the hyphen where it is real ("pubblico-privato", "co-progettazione", "2022-2024"):
    /// for the words hyphenated at a line end (<see cref="AgendaSection.Canonical"/>) comparing keys accepts
    /// either form. A dash between spaces ("trasporto - con") stays a word.
    /// </summary>
    public static string Key(string word) => InnerHyphen().Replace(word, string.Empty);

    /// <summary>
    /// A line of the extracted PDF ending in the first half of a word: "dematerializzazio-" (hyphenation)
    /// or "strumenti/" (a slash compound wrapped after the slash).
    /// </summary>
    public static bool IsLineEndFragment(string word) =>
        word.Length >= 2 && word[^1] is '-' or '/' && char.IsLetterOrDigit(word[^2]);

    /// <summary>A line starting like the second half of a hyphenated word: a lower-case letter or a digit.</summary>
    public static bool StartsLikeContinuation(string word) =>
        word.Length > 0 && (char.IsLower(word[0]) || char.IsDigit(word[0]));

    /// <summary>
    /// The typesetting artefacts of the seed's tables that the transcription is allowed to fix, and only these:
    /// runs of whitespace collapsed, a space before a comma or a full stop removed ("e-government ," → "e-government,"),
    /// a space after an elided article removed ("dell' Idroscalo" → "dell'Idroscalo"), a space before a slash that
    /// joins two words removed ("PAESC /Piano" → "PAESC/Piano"; "velocità / capacità", spaced on both sides, stays).
    /// The space is where the print's bold run ends: the same artefact as before a comma.
    /// </summary>
    public static string FixTableArtefacts(string text)
    {
        var fixedText = Whitespace().Replace(text, " ").Trim();
        fixedText = fixedText.Replace(" ,", ",", StringComparison.Ordinal).Replace(" .", ".", StringComparison.Ordinal);
        fixedText = SpaceBeforeJoiningSlash().Replace(fixedText, "/");
        return SpaceAfterElision().Replace(fixedText, string.Empty);
    }

    /// <summary>The last characters of a text, for messages.</summary>
    public static string Tail(string text, int length = 60) => text.Length <= length ? text : "…" + text[^length..];

    /// <summary>The first characters of a text, for messages.</summary>
    public static string Head(string text, int length = 60) => text.Length <= length ? text : text[..length] + "…";

    [GeneratedRegex(@"(?<=[\p{L}\p{N}])-(?=[\p{L}\p{N}])")]
    private static partial Regex InnerHyphen();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?<=\S) /(?=\S)")]
    private static partial Regex SpaceBeforeJoiningSlash();

    [GeneratedRegex(@"(?<=\p{L}['’]) +")]
    private static partial Regex SpaceAfterElision();
}
