namespace PianoSite.Serve;

/// <summary>How the preview server is started.</summary>
/// <param name="Root">the plan's root: the folder holding content/ and templates/.</param>
/// <param name="Port">the loopback port to listen on; 0 picks a free one.</param>
/// <param name="QuietPeriod">
/// how long the files must stay still before a rebuild starts: an editor's save (write, rename, touch) and a
/// tool changing several files arrive as a burst of events that must become one rebuild. Short enough that the
/// page reloads in well under 200 ms after a save.
/// </param>
public sealed record PreviewOptions(string Root, int Port = PreviewOptions.DefaultPort, TimeSpan? QuietPeriod = null)
{
    public const int DefaultPort = 4000;

    public static readonly TimeSpan DefaultQuietPeriod = TimeSpan.FromMilliseconds(40);

    /// <summary>A burst that never settles (a tool rewriting files in a loop) still rebuilds at least this often.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(1);

    public TimeSpan Quiet => QuietPeriod ?? DefaultQuietPeriod;
}
