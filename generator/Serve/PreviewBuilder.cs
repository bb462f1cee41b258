using System.Diagnostics;
using System.Globalization;
using PianoSite.Diagnostics;
using PianoSite.Load;
using PianoSite.Pipeline;

namespace PianoSite.Serve;

/// <summary>
/// Runs the build pipeline for the preview and publishes its result: the same <see cref="BuildPipeline.Render"/>
/// as <c>build</c>, kept in one instance so that its parse cache makes each rebuild re-read only the files that
/// changed. Nothing that goes wrong in a rebuild stops the server: it becomes a diagnostic on the page.
/// Called from one thread at a time (the server's rebuild loop).
/// </summary>
internal sealed class PreviewBuilder(BuildPipeline pipeline, PreviewState state, ReloadHub hub, TextWriter log, TimeProvider time)
{
    private IReadOnlyList<Diagnostic> previous = [];

    /// <summary>The last rebuild could not read the files because they were changing: try once more.</summary>
    public bool RetryWanted { get; private set; }

    /// <summary>Builds and publishes; returns the reload event sent to the open pages, if any.</summary>
    public ReloadEvent? Rebuild(IReadOnlyCollection<string> changedPaths)
    {
        var clock = Stopwatch.StartNew();
        var result = Run();
        var reload = state.Publish(result);
        if (reload is not null)
        {
            hub.Publish(reload);
        }
        clock.Stop();
        Report(changedPaths, result, reload, clock.Elapsed);
        return reload;
    }

    private BuildResult Run()
    {
        RetryWanted = false;
        try
        {
            return pipeline.Render();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder was being replaced while the build listed it (a checkout, a restore).
            RetryWanted = true;
            return Failed(Codes.UnreadableFile, $"i file del piano sono cambiati mentre venivano letti ({e.Message}): nuovo tentativo in corso");
        }
#pragma warning disable CA1031 // The preview must survive whatever a rebuild throws; it is shown as a diagnostic, never a crash.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Failed(Codes.InternalError,
                $"errore interno di PianoSite ({e.GetType().Name}: {e.Message}). L'anteprima continua a funzionare; segnalarlo agli sviluppatori indicando il file modificato.");
        }
    }

    private static BuildResult Failed(string code, string message) =>
        new(null, [Diagnostic.Error(code, SourceSpan.WholeFile(ContentLayout.ContentFolder), message)], [], Strict: false);

    /// <summary>One line per rebuild (what changed, how long, the counts), then the diagnostics that are new since the last one.</summary>
    private void Report(IReadOnlyCollection<string> changedPaths, BuildResult result, ReloadEvent? reload, TimeSpan elapsed)
    {
        var now = time.GetLocalNow().ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        var what = changedPaths.Count switch
        {
            0 => "prima costruzione",
            1 => changedPaths.First() == ChangeWatcher.Everything ? "tutti i file" : changedPaths.First(),
            _ => $"{changedPaths.Count} file ({string.Join(", ", changedPaths.Take(3))}{(changedPaths.Count > 3 ? ", …" : string.Empty)})",
        };
        var effect = result.ErrorCount > 0
            ? state.Current.HasSite ? "si vede l'ultima versione corretta" : "nessun sito da mostrare"
            : reload is null ? "nessuna pagina cambiata"
            : reload.All ? "tutte le pagine aggiornate"
            : reload.Paths.Length == 1 ? "1 pagina aggiornata"
            : $"{reload.Paths.Length} pagine aggiornate";
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{now} {what} → {elapsed.TotalMilliseconds:0} ms, {effect}; {Count(result.ErrorCount, "errore", "errori")}, {Count(result.WarningCount, "avviso", "avvisi")}"));
        foreach (var diagnostic in result.Diagnostics.Where(d => !d.IsAccepted && !previous.Contains(d)))
        {
            log.WriteLine($"  {diagnostic}");
        }
        previous = result.Diagnostics;
        log.Flush();
    }

    private static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";
}
