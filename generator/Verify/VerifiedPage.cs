using System.Collections.Frozen;
using System.Collections.Immutable;
using PianoSite.Diagnostics;
using PianoSite.Output;

namespace PianoSite.Verify;

/// <summary>What the page pass learns about one page: its ids (link targets), its internal links, and the page's own problems.</summary>
public sealed record VerifiedPage(string SitePath, FrozenSet<string> Ids, ImmutableArray<PageLink> Links, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The page's path below output/ ("site/missioni/m1/index.html"), as files and diagnostics name it.</summary>
    public string OutputPath => SiteLayout.OutputPath(SitePath);
}
