namespace PianoSite.Tests.Pdf.Conformance.Rules;

/// <summary>
/// ISO 14289-1, 7.18.3 (Matterhorn 28-008, 28-009): a page with annotations has /Tabs /S, so the Tab key moves
/// through its links in the order of the structure, the order a reader hears them.
/// </summary>
public sealed class PagesWithAnnotationsHaveTabOrderS : IPdfUaRule
{
    public string Reference => "Matterhorn 28-008, 28-009; ISO 14289-1 7.18.3";

    public IEnumerable<string> Check(PdfUaDocument pdf)
    {
        var number = 0;
        foreach (var page in pdf.Document.Pages)
        {
            number++;
            if (page.Elements.GetArray("/Annots") is { Elements.Count: > 0 } && page.Elements.GetName("/Tabs") != "/S")
            {
                yield return $"page {number} has annotations and /Tabs {(page.Elements.ContainsKey("/Tabs") ? page.Elements.GetName("/Tabs") : "missing")}, not /S";
            }
        }
    }
}
