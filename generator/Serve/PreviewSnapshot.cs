using System.Collections.Frozen;
using System.Collections.Immutable;
using PianoSite.Diagnostics;

namespace PianoSite.Serve;

/// <summary>What the preview serves at one moment. Immutable: a rebuild publishes a new one, requests read one.</summary>
/// <param name="Version">changes whenever anything served changes (a page, an asset, the diagnostics shown).</param>
/// <param name="Files">the website of the last build without errors, by path below site/ ("missioni/m1/index.html"); empty until one succeeds.</param>
/// <param name="Diagnostics">what the latest build found that editors must see: its errors and its warnings not accepted in controlli.yml.</param>
/// <param name="IsStale">the latest build had errors, so <paramref name="Files"/> come from an earlier one.</param>
internal sealed record PreviewSnapshot(
    string Version,
    FrozenDictionary<string, ReadOnlyMemory<byte>> Files,
    ImmutableArray<Diagnostic> Diagnostics,
    bool IsStale)
{
    public bool HasSite => Files.Count > 0;

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}
