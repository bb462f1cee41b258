using System.Collections.Immutable;

namespace PianoSite.Load;

/// <summary>The content files of a plan, grouped by kind. Missing required files are null (and diagnosed); so are the optional ones (controlli.yml, catalogo.yml) when absent.</summary>
public sealed record ContentSet(
    SourceFile? Plan,
    SourceFile? Pnrr,
    SourceFile? Checks,
    ImmutableArray<SourceFile> Missions,
    ImmutableArray<SourceFile> Drivers,
    ImmutableArray<SourceFile> Pages,
    SourceFile? Catalogue = null);
