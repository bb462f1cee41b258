using System.Text.RegularExpressions;

namespace PianoSite.Tests.Pdf.Conformance.Rules;

/// <summary>
/// ISO 14289-1, 7.2 (Matterhorn 11-001 to 11-006): the natural language of the text, the alternative texts, the
/// bookmarks, the annotations' descriptions and the metadata can be determined — here from the catalog's /Lang,
/// which must be a language tag (ISO 32000-1, 14.9.2; RFC 3066). A reader picks its voice from it.
/// </summary>
public sealed partial class DocumentLanguageIsDeclared : IPdfUaRule
{
    public string Reference => "Matterhorn 11-001, 11-002, 11-003, 11-004, 11-006; ISO 14289-1 7.2; ISO 32000-1 14.9.2";

    public IEnumerable<string> Check(PdfUaDocument pdf)
    {
        var language = pdf.Catalog.Elements.GetString("/Lang");
        if (string.IsNullOrEmpty(language))
        {
            yield return "the catalog has no /Lang";
        }
        else if (!LanguageTag().IsMatch(language))
        {
            yield return $"the catalog's /Lang «{language}» is not a language tag";
        }
    }

    [GeneratedRegex("^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();
}
