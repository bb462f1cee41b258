using PianoSite.Serve;
using PianoSite.Tests.Support;

namespace PianoSite.Tests.Serve;

/// <summary>
/// A preview server on a free port against a temporary copy of the repository's plan (<see cref="FixturePlan"/>;
/// Bootstrap Italia is found in the repository's node_modules), with an HTTP client and the server's log.
/// </summary>
internal sealed class PreviewHarness : IAsyncDisposable
{
    private readonly FixturePlan plan;
    private readonly StringWriter log;
    private readonly TextWriter synchronizedLog;

    private PreviewHarness(FixturePlan plan, PreviewServer server, StringWriter log, TextWriter synchronizedLog)
    {
        this.plan = plan;
        Server = server;
        this.log = log;
        this.synchronizedLog = synchronizedLog;
        Http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public string Root => plan.Root;

    public PreviewServer Server { get; }

    public HttpClient Http { get; }

    public int Port => Server.Address.Port;

    /// <summary>What the server printed so far.</summary>
    public string Log
    {
        get
        {
            // TextWriter.Synchronized locks on the writer it returns: reading under the same lock sees whole lines.
            lock (synchronizedLog)
            {
                return log.ToString();
            }
        }
    }

    /// <param name="prepare">changes the copied plan before the server starts (to start from a broken plan).</param>
    public static async Task<PreviewHarness> StartAsync(Action<string>? prepare = null, TimeSpan? quietPeriod = null)
    {
        var plan = FixturePlan.RealContent();
        prepare?.Invoke(plan.Root);
        var log = new StringWriter();
        var synchronizedLog = TextWriter.Synchronized(log);
        try
        {
            var server = await PreviewServer.StartAsync(new PreviewOptions(plan.Root, Port: 0, quietPeriod), synchronizedLog);
            return new PreviewHarness(plan, server, log, synchronizedLog);
        }
        catch
        {
            plan.Dispose();
            throw;
        }
    }

    public string Read(string relativePath) => plan.Read(relativePath);

    public void Write(string relativePath, string text) => plan.Write(relativePath, text);

    /// <summary>Replaces the first occurrence of <paramref name="old"/> (an editor's edit to, say, the first objective).</summary>
    public void Replace(string relativePath, string old, string replacement) => plan.ReplaceFirst(relativePath, old, replacement);

    /// <summary>The 1-based line of <paramref name="text"/>, which must occur once in the file.</summary>
    public int LineOf(string relativePath, string text) => plan.LineOf(relativePath, text);

    public async Task<(int Status, string Body)> GetAsync(string path)
    {
        using var response = await Http.GetAsync(new Uri(path, UriKind.Relative));
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <param name="page">the page the stream belongs to ("/missioni/m1/"), as a browser's reload.js says; null for none.</param>
    public Task<EventStream> OpenEventsAsync(string? page = null) => EventStream.OpenAsync(Http, page);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
        plan.Dispose();
    }
}
