using System.Text;
using PianoSite.Serve;

namespace PianoSite.Tests.Serve;

/// <summary>
/// A preview server on a free port against a temporary copy of the repository's plan (content/ and templates/;
/// Bootstrap Italia is found in the repository's node_modules), with an HTTP client and the server's log.
/// </summary>
internal sealed class PreviewHarness : IAsyncDisposable
{
    private readonly StringWriter log;

    private PreviewHarness(string root, PreviewServer server, StringWriter log)
    {
        Root = root;
        Server = server;
        this.log = log;
        Http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public string Root { get; }

    public PreviewServer Server { get; }

    public HttpClient Http { get; }

    public int Port => Server.Address.Port;

    /// <summary>What the server printed so far.</summary>
    public string Log
    {
        get
        {
            lock (log)
            {
                return log.ToString();
            }
        }
    }

    /// <param name="prepare">changes the copied plan before the server starts (to start from a broken plan).</param>
    public static async Task<PreviewHarness> StartAsync(Action<string>? prepare = null, TimeSpan? quietPeriod = null)
    {
        var root = Path.Combine(Path.GetTempPath(), "pianosite-preview-" + Guid.NewGuid().ToString("N")[..12]);
        foreach (var folder in new[] { "content", "templates" })
        {
            Copy(Path.Combine(TestPaths.RepositoryRoot, folder), Path.Combine(root, folder));
        }
        prepare?.Invoke(root);
        var log = new StringWriter();
        var server = await PreviewServer.StartAsync(new PreviewOptions(root, Port: 0, quietPeriod), TextWriter.Synchronized(log));
        return new PreviewHarness(root, server, log);
    }

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    public void Write(string relativePath, string text) =>
        File.WriteAllText(Path.Combine(Root, relativePath), text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    /// <summary>Replaces the first occurrence of <paramref name="old"/>, which must be there.</summary>
    public void Replace(string relativePath, string old, string replacement)
    {
        var text = Read(relativePath);
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0, $"«{old}» not found in {relativePath}");
        Write(relativePath, string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length)));
    }

    /// <summary>The 1-based line of the first occurrence of <paramref name="text"/> in a file of the plan.</summary>
    public int LineOf(string relativePath, string text)
    {
        var content = Read(relativePath);
        var at = content.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, $"«{text}» not found in {relativePath}");
        return content.AsSpan(0, at).Count('\n') + 1;
    }

    public async Task<(int Status, string Body)> GetAsync(string path)
    {
        using var response = await Http.GetAsync(new Uri(path, UriKind.Relative));
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public Task<EventStream> OpenEventsAsync() => EventStream.OpenAsync(Http);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
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
