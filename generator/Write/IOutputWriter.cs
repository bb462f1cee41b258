using PianoSite.Diagnostics;

namespace PianoSite.Write;

/// <summary>
/// Stage 7, write: where each file of the editions goes as soon as it is made and verified. The build writes
/// into a staging folder beside the output folder (<see cref="DiskOutputWriter"/>), so no finished page waits
/// in memory for the others; the preview and the tests keep the files in memory (<see cref="MemoryOutputWriter"/>).
/// Everything else about a run is the same for both. Files arrive from several threads at once.
/// </summary>
public interface IOutputWriter
{
    /// <summary>Adds a file, or replaces the one written earlier at the same path.</summary>
    void Add(OutputFile file);

    /// <summary>The paths (below output/) of the files the editions have so far.</summary>
    IReadOnlyCollection<string> Paths { get; }

    /// <summary>Why files could not be written (the first failure), or null; later files are then dropped.</summary>
    Diagnostic? Failure { get; }

    /// <summary>
    /// The website's pages written so far, as a folder on disk (site/), for the programs that read a site from
    /// disk (Pagefind). Must not be called while pages are still being added (other files may be). Dispose it when done.
    /// </summary>
    SiteFolder OpenSiteFolder();
}
