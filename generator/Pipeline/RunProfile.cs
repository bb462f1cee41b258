using PianoSite.Write;

namespace PianoSite.Pipeline;

/// <summary>
/// What one run of the pipeline makes, beyond the stages every run has (load, parse, model, check): a build makes
/// every file of every edition (<see cref="Complete"/>); the preview makes the website without its search index and
/// keeps what it learnt for the next save (<see cref="Preview"/>), first for the pages open in a browser alone.
/// Data, not branches: the pipeline reads each field where it applies.
/// </summary>
/// <param name="Pages">
/// the website's pages to make (paths below output/, "site/missioni/m1/index.html"), or null: every file of every
/// edition, the sitemap, and the links checked across pages.
/// </param>
/// <param name="SearchIndex">build the search index (stage 8); the preview builds its own when a page asks for it.</param>
/// <param name="KeepCaches">
/// keep what the run learnt for the next run of the same pipeline: the rows rendered and read, the pages verified,
/// the pages' skeletons (the preview, where a save changes a few rows). A build keeps nothing past its pages.
/// </param>
/// <param name="PreviewFiles">
/// the preview server's own files (its live-reload script): added to the website, and every page loads the script;
/// null for a build.
/// </param>
public sealed record RunProfile(IReadOnlySet<string>? Pages, bool SearchIndex, bool KeepCaches, IReadOnlyList<OutputFile>? PreviewFiles)
{
    /// <summary>Every file of every edition, the search index included, nothing kept for a next run: <c>build</c>.</summary>
    public static RunProfile Complete { get; } = new(Pages: null, SearchIndex: true, KeepCaches: false, PreviewFiles: null);

    /// <summary>The editors' preview: the website with the preview's files, no search index, caches kept.</summary>
    /// <param name="pages">only these pages (the ones open in a browser), or null for every file.</param>
    public static RunProfile Preview(IReadOnlyList<OutputFile> previewFiles, IReadOnlySet<string>? pages = null) =>
        new(pages, SearchIndex: false, KeepCaches: true, previewFiles);
}
