using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace PianoSite.Model;

/// <summary>
/// The EU Publications Office's authority lists that DCAT-AP_IT requires for themes, update frequencies, file
/// formats and languages. The guide to DCAT-AP_IT ("Guida pratica a DCAT-AP_IT", dati.gov.it, § Temi del dataset,
/// § Frequenza di aggiornamento del dataset, § Formato della distribuzione) says their concepts, and no others, are
/// the values of dcat:theme, dct:accrualPeriodicity and dct:format.
/// </summary>
public static partial class EuVocabulary
{
    public const string Authority = "http://publications.europa.eu/resource/authority/";

    public const string DataThemeScheme = Authority + "data-theme";

    /// <summary>The thirteen data themes, as listed in the guide's table «Come mappare i temi di DCAT-AP_IT».</summary>
    public static ImmutableArray<string> DataThemes { get; } =
        ["AGRI", "ECON", "EDUC", "ENER", "ENVI", "GOVE", "HEAL", "INTR", "JUST", "REGI", "SOCI", "TECH", "TRAN"];

    public static string DataTheme(string code) => $"{DataThemeScheme}/{code}";

    public static string Frequency(string code) => $"{Authority}frequency/{code}";

    public static string FileType(string code) => $"{Authority}file-type/{code}";

    public static string Language(string code) => $"{Authority}language/{code}";

    /// <summary>
    /// The form of a frequency code (IRREG, ANNUAL_2, UPDATE_CONT). The list itself grows with the EU's releases, so
    /// only the form is checked here; docs/guida-redazione.md lists the codes a plan is likely to use.
    /// </summary>
    public static bool IsFrequencyCode(string code) => FrequencyForm().IsMatch(code);

    [GeneratedRegex("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$")]
    private static partial Regex FrequencyForm();
}
