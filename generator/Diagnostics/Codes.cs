namespace PianoSite.Diagnostics;

/// <summary>
/// The stable diagnostic codes. Each is documented in docs/diagnostics.md (a test keeps the two in step).
/// PS0xxx load, PS1xxx parse, PS2xxx references, PS3xxx consistency, PS4xxx templates and render,
/// PS5xxx verify, PS6xxx write, PS7xxx PDF, PS8xxx preview server, PS9xxx internal.
/// </summary>
public static class Codes
{
    public const string MissingFolder = "PS0001";
    public const string UnreadableFile = "PS0002";
    public const string FileTooLarge = "PS0003";
    public const string InvalidUtf8 = "PS0004";
    public const string MissingFile = "PS0005";
    public const string UnexpectedFile = "PS0006";

    public const string YamlSyntax = "PS1001";
    public const string UnknownKey = "PS1002";
    public const string MissingField = "PS1003";
    public const string WrongType = "PS1004";
    public const string DuplicateKey = "PS1005";
    public const string AliasNotAllowed = "PS1006";
    public const string EmptyFile = "PS1007";
    public const string FrontMatter = "PS1008";
    public const string RawHtml = "PS1009";
    public const string UnsafeLink = "PS1010";
    public const string ImageWithoutAlt = "PS1011";
    public const string InvalidValue = "PS1012";
    public const string RelativeLink = "PS1013";
    public const string EmptyHeading = "PS1014";

    public const string ObjectiveWithoutComponent = "PS2001";
    public const string UnknownComponent = "PS2002";
    public const string ComponentOfOtherMission = "PS2003";
    public const string UnknownActor = "PS2004";
    public const string UnknownKeyword = "PS2005";
    public const string UnknownDriver = "PS2006";
    public const string DuplicateObjectiveNumber = "PS2007";
    public const string ObjectiveWithoutActor = "PS2008";
    public const string UnknownMission = "PS2009";
    public const string MissionWithoutFile = "PS2010";
    public const string DuplicateId = "PS2011";
    public const string ComponentWithoutMission = "PS2012";
    public const string DriverNumberMismatch = "PS2013";

    public const string DuplicateObjectiveText = "PS3001";
    public const string ActorNotCoveredByComponents = "PS3002";
    public const string ComponentWithoutObjective = "PS3003";
    public const string DriverWithoutObjective = "PS3004";
    public const string UnusedAcceptance = "PS3005";
    public const string CatalogueFactMissing = "PS3006";
    public const string CatalogueFactInvalid = "PS3007";

    public const string TemplateError = "PS4001";
    public const string MissingTemplate = "PS4002";
    public const string AssetError = "PS4003";
    public const string SearchIndexError = "PS4004";
    public const string CatalogueNotWritten = "PS4005";

    public const string BrokenLink = "PS5001";
    public const string BrokenAnchor = "PS5002";
    public const string HeadingStructure = "PS5003";
    public const string TableWithoutHeaders = "PS5004";
    public const string MissingLang = "PS5005";
    public const string DuplicateAnchor = "PS5006";

    public const string WriteFailed = "PS6001";
    public const string OutputInsideContent = "PS6002";

    public const string BrowserNotFound = "PS7001";
    public const string PdfFailed = "PS7002";

    public const string PortUnavailable = "PS8001";

    public const string InternalError = "PS9001";

    /// <summary>Every code, for documentation and tests.</summary>
    public static IReadOnlyList<string> All { get; } = typeof(Codes)
        .GetFields()
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .Order(StringComparer.Ordinal)
        .ToArray();
}
