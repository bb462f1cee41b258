using PianoSite.Serve;

namespace PianoSite.EndToEnd;

/// <summary>
/// The preview in real Chromium: the page open in the browser says which it is (reload.js), so after a save the
/// preview makes it first and the page reloads by itself with the new text.
/// </summary>
[Collection(SharedSite.Name)]
public sealed class PreviewReloadTests(BuiltSite site) : IDisposable
{
    private const string Mission = "content/missioni/m1.yml";
    private readonly string root = Path.Combine(Path.GetTempPath(), "pianosite-e2e-preview-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_open_page_reloads_by_itself_after_a_save_and_is_made_before_the_rest_of_the_site()
    {
        foreach (var folder in new[] { "content", "templates" })
        {
            Copy(Path.Combine(RepositoryRoot.Path, folder), Path.Combine(root, folder));
        }
        var log = new StringWriter();
        var synchronizedLog = TextWriter.Synchronized(log);
        await using var preview = await PreviewServer.StartAsync(new PreviewOptions(root, Port: 0), synchronizedLog);
        var page = await site.NewPageAsync();
        await page.GotoAsync(new Uri(preview.Address, "missioni/m1/").ToString());
        // reload.js has opened the page's event stream once the preview counts a listener.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (preview.Hub.ListenerCount == 0 && waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(20);
        }
        Assert.True(preview.Hub.ListenerCount > 0, "the page did not open its event stream");

        var reloaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        page.Load += (_, _) => reloaded.TrySetResult();
        var path = Path.Combine(root, Mission);
        await File.WriteAllTextAsync(path,
            (await File.ReadAllTextAsync(path)).Replace("Superamento del digital divide", "Superamento del divario digitale", StringComparison.Ordinal));
        await reloaded.Task.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Contains("Superamento del divario digitale", await page.InnerTextAsync("main"));
        lock (synchronizedLog)
        {
            Assert.Contains($"{Mission} → ", log.ToString());
            Assert.Contains(", pagine aperte: 1 pagina aggiornata", log.ToString());
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void Copy(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
