using PianoSite.Diagnostics;
using PianoSite.Render.Site;
using PianoSite.Write;

namespace PianoSite.Pipeline;

/// <summary>
/// The search index built alongside the rest of a build: started as soon as the website's pages are in the
/// search input (<see cref="SearchInput"/>), while the other files are made. A page for the index that arrives
/// after the start (a designer's template marking the print page for the index) makes it run again once the
/// first run has ended, so the index always holds every page.
/// </summary>
/// <param name="build">builds the index from the pages written so far, its problems into the bag.</param>
internal sealed class SearchIndexRun(Func<DiagnosticBag, IReadOnlyList<OutputFile>> build)
{
    private Task<IReadOnlyList<OutputFile>>? running;
    private DiagnosticBag diagnostics = new();
    private int pagesAtStart;
    private bool again;

    /// <summary>Whether a run was started and has not ended yet.</summary>
    public bool Running => running is { IsCompleted: false };

    /// <summary>The problems of the run whose files <see cref="Files"/> gave.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => diagnostics.Items;

    /// <summary>Starts the index; a second call asks for a new run if pages came since the first.</summary>
    /// <param name="input">the search input, or null when the pages are read from the site folder itself.</param>
    public void Start(SearchInput? input)
    {
        if (running is null)
        {
            pagesAtStart = input?.Pages ?? 0;
            running = Task.Run(() => build(diagnostics));
        }
        else
        {
            again |= input is not null && input.Pages != pagesAtStart;
        }
    }

    /// <summary>The index's files (none when it never started), once it holds every page.</summary>
    public IReadOnlyList<OutputFile> Files()
    {
        if (running is null)
        {
            return [];
        }
        var files = running.GetAwaiter().GetResult();
        if (!again)
        {
            return files;
        }
        diagnostics = new DiagnosticBag();
        return build(diagnostics);
    }

    /// <summary>Waits for a run still going (the build ended early), without reporting its outcome.</summary>
    public void Wait()
    {
        if (running is { IsCompleted: false } task)
        {
            ((IAsyncResult)task).AsyncWaitHandle.WaitOne();
        }
    }
}
