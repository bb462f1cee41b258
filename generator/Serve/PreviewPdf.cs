using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using PianoSite.Diagnostics;
using PianoSite.Pdf;
using PianoSite.Pipeline;
using PianoSite.Write;

namespace PianoSite.Serve;

/// <summary>
/// «Genera PDF» in the preview: the PDF edition printed on request, not on every save (printing takes seconds).
/// It runs the same pipeline as <c>build</c> with the PDF step on, on a pipeline instance of its own (so its
/// caches make the next request quicker), and keeps the last PDF it made to serve at its site address.
/// One printing at a time; a request arriving meanwhile waits and then prints the plan as it is then.
/// </summary>
internal sealed class PreviewPdf(BuildOptions options, IReadOnlyList<OutputFile> previewFiles, TextWriter log, TimeProvider time) : IDisposable
{
    private readonly BuildPipeline pipeline = new(options with { WithPdf = true });
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile OutputFile? last;

    /// <summary>The last PDF made, if any.</summary>
    public OutputFile? Last => last;

    /// <summary>Prints the PDF of the plan as it is now; returns the diagnostics that explain a failure (none on success).</summary>
    public async Task<ImmutableArray<Diagnostic>> GenerateAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var clock = Stopwatch.StartNew();
            var result = await Task.Run(Render, cancellationToken);
            var pdf = result.Files.FirstOrDefault(f => f.Path == PdfEdition.FilePath);
            var now = time.GetLocalNow().ToString("HH:mm:ss", CultureInfo.InvariantCulture);
            if (pdf is not null && result.ErrorCount == 0)
            {
                last = pdf;
                log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{now} PDF generato → {clock.ElapsedMilliseconds} ms, {pdf.Content.Length / 1024} KB"));
                log.Flush();
                return [];
            }
            var errors = result.Diagnostics.Where(d => d.IsError).ToImmutableArray();
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{now} PDF non generato → {clock.ElapsedMilliseconds} ms"));
            foreach (var error in errors)
            {
                log.WriteLine($"  {error}");
            }
            log.Flush();
            return errors;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private BuildResult Render()
    {
        try
        {
            return pipeline.Render(RunProfile.Preview(previewFiles), new StageTimings(), CancellationToken.None);
        }
#pragma warning disable CA1031 // Whatever the printing throws, the preview keeps running and shows it.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new BuildResult(null, [Diagnostic.Error(Codes.InternalError, SourceSpan.None,
                $"errore interno di PianoSite durante la stampa del PDF ({e.GetType().Name}: {e.Message}). L'anteprima continua a funzionare.")], [], Strict: false);
        }
    }
}
