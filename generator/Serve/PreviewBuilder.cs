using System.Diagnostics;
using System.Globalization;
using PianoSite.Diagnostics;
using PianoSite.Load;
using PianoSite.Pipeline;
using PianoSite.Render.Site;
using PianoSite.Output;

namespace PianoSite.Serve;

/// <summary>
/// Runs the build pipeline for the preview and publishes its result: the same pipeline as <c>build</c>, with the
/// preview's <see cref="RunProfile"/>, kept in one instance so that its caches make each rebuild re-read only the
/// files, rows and pages that changed. Nothing that goes wrong in a rebuild stops the server: it becomes a diagnostic on the page.
/// Called from one thread at a time (the server's rebuild loop).
/// <para>
/// After a save of content, the pages open in a browser are made first and published on their own
/// (<see cref="RunProfile.Pages"/>, <see cref="PreviewState.PublishPages"/>): the page an editor looks at
/// reloads without waiting for the rest of a large plan. The complete rebuild follows, as always, and names the
/// other pages that changed. A change of templates or assets affects every page, so it is made whole at once.
/// </para>
/// </summary>
internal sealed class PreviewBuilder(BuildPipeline pipeline, IReadOnlyList<Write.OutputFile> previewFiles, PreviewState state, ReloadHub hub, TextWriter log, TimeProvider time, bool printTimings = false)
{
    private IReadOnlyList<Diagnostic> previous = [];

    /// <summary>The last rebuild could not read the files because they were changing: try once more.</summary>
    public bool RetryWanted { get; private set; }

    /// <summary>Builds and publishes, the open pages first; returns the last reload event sent to the open pages, if any.</summary>
    /// <param name="superseded">set when a newer save makes this rebuild useless: it stops, publishing nothing more.</param>
    public ReloadEvent? Rebuild(IReadOnlyCollection<string> changedPaths, CancellationToken superseded = default)
    {
        var clock = Stopwatch.StartNew();
        RetryWanted = false;
        var openPages = PagesToMakeFirst(changedPaths);
        if (openPages.Count > 0)
        {
            var firstTimings = new StageTimings();
            var first = Run(() => pipeline.Render(RunProfile.Preview(previewFiles, openPages), firstTimings, CancellationToken.None));
            if (first.ErrorCount > 0)
            {
                // The plan or the templates have errors: the complete rebuild would stop at the same place.
                return Finish(changedPaths, first, clock, firstTimings);
            }
            var firstReload = state.PublishPages(first);
            Report(changedPaths, first, firstReload, clock.Elapsed, firstTimings, part: true);
            if (firstReload is not null)
            {
                hub.Publish(firstReload);
            }
        }
        var timings = new StageTimings();
        BuildResult result;
        try
        {
            result = Run(() => pipeline.Render(RunProfile.Preview(previewFiles), timings, superseded));
        }
        catch (OperationCanceledException) when (superseded.IsCancellationRequested)
        {
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Now()} {What(changedPaths)} → interrotta dopo {clock.Elapsed.TotalMilliseconds:0} ms da un nuovo salvataggio"));
            log.Flush();
            return null;
        }
        return Finish(changedPaths, result, clock, timings);
    }

    private ReloadEvent? Finish(IReadOnlyCollection<string> changedPaths, BuildResult result, Stopwatch clock, StageTimings timings)
    {
        var reload = state.Publish(result);
        // The log first: whoever reacts to the event (a test, an editor looking at the terminal) finds its line.
        Report(changedPaths, result, reload, clock.Elapsed, timings, part: false);
        if (reload is not null)
        {
            hub.Publish(reload);
        }
        // The garbage of a rebuild is collected now, while the editor reads the page, rather than during the first
        // pass of the next save: with a large plan in memory one collection there took 25 ms of the 100 ms target.
        GC.Collect();
        return reload;
    }

    /// <summary>
    /// The files of the pages open in a browser, when they are worth making first: after a change of content only,
    /// and only pages the site already has (a page that does not exist yet has nothing to reload).
    /// </summary>
    private HashSet<string> PagesToMakeFirst(IReadOnlyCollection<string> changedPaths)
    {
        var served = state.Current;
        if (changedPaths.Count == 0 || !served.HasSite
            || changedPaths.Any(p => !p.StartsWith(ContentLayout.ContentFolder + "/", StringComparison.Ordinal)))
        {
            return [];
        }
        return hub.OpenPages()
            .Select(SitePaths.FileOf)
            .OfType<string>()
            .Where(served.Files.ContainsKey)
            .Select(SiteLayout.OutputPath)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Runs a pipeline call; whatever it throws, except a cancellation, becomes an error diagnostic.</summary>
    private BuildResult Run(Func<BuildResult> build)
    {
        try
        {
            return build();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder was being replaced while the build listed it (a checkout, a restore).
            RetryWanted = true;
            return Failed(Codes.UnreadableFile, $"i file del piano sono cambiati mentre venivano letti ({e.Message}): nuovo tentativo in corso");
        }
#pragma warning disable CA1031 // The preview must survive whatever a rebuild throws; it is shown as a diagnostic, never a crash.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return Failed(Codes.InternalError,
                $"errore interno di PianoSite ({e.GetType().Name}: {e.Message}). L'anteprima continua a funzionare; segnalarlo agli sviluppatori indicando il file modificato.");
        }
    }

    private static BuildResult Failed(string code, string message) =>
        new(null, [Diagnostic.Error(code, SourceSpan.WholeFile(ContentLayout.ContentFolder), message)], [], Strict: false);

    /// <summary>
    /// One line per rebuild (what changed, how long, the counts), then the diagnostics that are new since the last
    /// one; a line of its own for the open pages made first (<paramref name="part"/>), with no diagnostics yet.
    /// </summary>
    private void Report(IReadOnlyCollection<string> changedPaths, BuildResult result, ReloadEvent? reload, TimeSpan elapsed, StageTimings timings, bool part)
    {
        var effect = result.ErrorCount > 0
            ? state.Current.HasSite ? "si vede l'ultima versione corretta" : "nessun sito da mostrare"
            : reload is null ? "nessuna pagina cambiata"
            : reload.All ? "tutte le pagine aggiornate"
            : reload.Paths.Length == 1 ? "1 pagina aggiornata"
            : $"{reload.Paths.Length} pagine aggiornate";
        var counts = $"{Count(result.ErrorCount, "errore", "errori")}, {Count(result.WarningCount, "avviso", "avvisi")}";
        var head = string.Create(CultureInfo.InvariantCulture, $"{Now()} {What(changedPaths)} → {elapsed.TotalMilliseconds:0} ms");
        log.WriteLine(part ? $"{head}, pagine aperte: {effect}" : $"{head}, {effect}; {counts}");
        if (printTimings)
        {
            log.WriteLine((part ? "  fasi (ms), pagine aperte: " : "  fasi (ms): ") + string.Join(", ", timings.Items.Select(t =>
                string.Create(CultureInfo.InvariantCulture, $"{t.Stage} {t.Elapsed.TotalMilliseconds:0}"))));
        }
        if (!part)
        {
            foreach (var diagnostic in result.Diagnostics.Where(d => !d.IsAccepted && !previous.Contains(d)))
            {
                log.WriteLine($"  {diagnostic}");
            }
            previous = result.Diagnostics;
        }
        log.Flush();
    }

    private string Now() => time.GetLocalNow().ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    private static string What(IReadOnlyCollection<string> changedPaths) => changedPaths.Count switch
    {
        0 => "prima costruzione",
        1 => changedPaths.First() == ChangeWatcher.Everything ? "tutti i file" : changedPaths.First(),
        _ => $"{changedPaths.Count} file ({string.Join(", ", changedPaths.Take(3))}{(changedPaths.Count > 3 ? ", …" : string.Empty)})",
    };

    private static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";
}
