namespace PianoSite.Tests.Pdf.Conformance.Rules;

/// <summary>
/// ISO 14289-1, 7.1 (Matterhorn 07-001, 07-002): the catalog's /ViewerPreferences has /DisplayDocTitle true, so a
/// viewer's title bar, and the reader announcing the window, say the document's title rather than its file name.
/// </summary>
public sealed class DocumentTitleIsDisplayed : IPdfUaRule
{
    public string Reference => "Matterhorn 07-001, 07-002; ISO 14289-1 7.1";

    public IEnumerable<string> Check(PdfUaDocument pdf)
    {
        var preferences = pdf.Catalog.Elements.GetDictionary("/ViewerPreferences");
        if (preferences is null || !preferences.Elements.ContainsKey("/DisplayDocTitle"))
        {
            yield return "the catalog's /ViewerPreferences has no /DisplayDocTitle";
        }
        else if (!preferences.Elements.GetBoolean("/DisplayDocTitle"))
        {
            yield return "/DisplayDocTitle is false";
        }
    }
}
