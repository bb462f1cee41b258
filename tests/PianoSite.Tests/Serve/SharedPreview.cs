namespace PianoSite.Tests.Serve;

/// <summary>One preview server for the tests of a class that only read from it, with a secret file beside the plan.</summary>
public sealed class SharedPreview : IAsyncLifetime
{
    private PreviewHarness? preview;

    internal PreviewHarness Preview => preview ?? throw new InvalidOperationException("the shared preview is not started");

    public async Task InitializeAsync()
    {
        preview = await PreviewHarness.StartAsync();
        // What a traversal would try to reach.
        File.WriteAllText(Path.Combine(preview.Root, "segreto.txt"), "SEGRETO");
    }

    public async Task DisposeAsync()
    {
        if (preview is not null)
        {
            await preview.DisposeAsync();
        }
    }
}
