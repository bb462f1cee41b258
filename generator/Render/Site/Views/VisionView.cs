using PianoSite.Render.Templates;
using System.Collections.Immutable;

namespace PianoSite.Render.Site;

/// <summary>/visione/: the vision prose, then the keywords × missions matrix as a table and as keyword cards.</summary>
public sealed record VisionView(
    TrustedHtml IntroHtml,
    string Caption,
    ImmutableArray<string> KeywordNames,
    ImmutableArray<VisionMatrixRow> Rows,
    ImmutableArray<KeywordCard> Keywords);

/// <summary>One mission of the vision matrix: one cell per keyword, in the order of piano.yml.</summary>
public sealed record VisionMatrixRow(LinkView Mission, ImmutableArray<MarkCell> Cells);

/// <summary>A keyword with the missions it informs: the matrix read by column, in words.</summary>
public sealed record KeywordCard(string Name, ImmutableArray<LinkView> Missions);
