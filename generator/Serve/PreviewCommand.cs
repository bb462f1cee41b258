using PianoSite.Cli;
using PianoSite.Diagnostics;
using PianoSite.Load;

namespace PianoSite.Serve;

/// <summary>The serve verb: starts the preview, prints its address, and runs until Ctrl+C.</summary>
public static class PreviewCommand
{
    public static async Task<int> RunAsync(PreviewOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(options.Root))
        {
            output.WriteLine(Diagnostic.Error(Codes.MissingFolder, SourceSpan.WholeFile(options.Root),
                $"la cartella del piano {Path.GetFullPath(options.Root)} non esiste: indicare la radice del piano con --root"));
            return CommandLine.Failure;
        }
        PreviewServer server;
        try
        {
            server = await PreviewServer.StartAsync(options, output, cancellationToken);
        }
        catch (IOException e)
        {
            output.WriteLine(Diagnostic.Error(Codes.PortUnavailable, SourceSpan.None,
                $"impossibile aprire l'anteprima sulla porta {options.Port} ({e.Message}): probabilmente è già in uso, anche da un'altra anteprima. Scegliere un'altra porta con --port (--port 0 ne sceglie una libera)"));
            return CommandLine.Failure;
        }
        catch (OperationCanceledException)
        {
            return CommandLine.Success;
        }
        await using (server)
        {
            output.WriteLine($"Anteprima del piano: {server.Address}  (Ctrl+C per fermarla)");
            output.WriteLine($"Osservo {ContentLayout.ContentFolder}/ e {ContentLayout.TemplatesFolder}/: a ogni salvataggio le pagine aperte nel browser si aggiornano da sole.");
            output.Flush();
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                output.WriteLine("Anteprima fermata.");
            }
        }
        return CommandLine.Success;
    }
}
