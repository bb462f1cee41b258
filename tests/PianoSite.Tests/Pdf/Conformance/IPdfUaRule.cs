namespace PianoSite.Tests.Pdf.Conformance;

/// <summary>
/// One machine-checkable requirement of PDF/UA-1 (ISO 14289-1), with the Matterhorn Protocol checkpoints and the
/// clauses of ISO 14289-1 and ISO 32000-1 it stands for. A rule reports every place that fails it.
/// </summary>
public interface IPdfUaRule
{
    /// <summary>Matterhorn checkpoints and clauses, e.g. "Matterhorn 09-005; ISO 32000-1 Table 336; ISO 14289-1 7.2".</summary>
    string Reference { get; }

    IEnumerable<string> Check(PdfUaDocument pdf);
}
