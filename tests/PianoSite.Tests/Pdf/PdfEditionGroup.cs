namespace PianoSite.Tests.Pdf;

/// <summary>The PDF tests share one build of the real plan and run one after the other (one Chromium at a time).</summary>
[CollectionDefinition(Name)]
public sealed class PdfEditionGroup : ICollectionFixture<PdfEditionFixture>
{
    public const string Name = "PDF edition (real plan, Chromium)";
}
