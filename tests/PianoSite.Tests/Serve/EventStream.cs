using System.Text.Json;
using System.Threading.Channels;

namespace PianoSite.Tests.Serve;

/// <summary>A client of the preview's Server-Sent Events stream, as a browser's EventSource reads it.</summary>
internal sealed class EventStream : IDisposable
{
    // Generous: a rebuild of the real plan takes tens of milliseconds, but CI machines can be very loaded.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly HttpResponseMessage response;
    private readonly Channel<(string Event, string Data)> frames = Channel.CreateUnbounded<(string, string)>();
    private readonly CancellationTokenSource stop = new();

    private EventStream(HttpResponseMessage response) => this.response = response;

    public string? ContentType => response.Content.Headers.ContentType?.ToString();

    /// <summary>The version the server sent first, on connection.</summary>
    public string InitialVersion { get; private set; } = string.Empty;

    /// <param name="page">the URL path of the page the stream belongs to, as reload.js sends it; null for none.</param>
    public static async Task<EventStream> OpenAsync(HttpClient http, string? page = null)
    {
        var target = page is null ? "/_preview/events" : "/_preview/events?page=" + Uri.EscapeDataString(page);
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(target, UriKind.Relative));
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        var stream = new EventStream(response);
        _ = stream.ReadAsync();
        // Once the version has arrived the server is listening for this stream: no later rebuild can be missed.
        stream.InitialVersion = await stream.NextAsync("version");
        return stream;
    }

    /// <summary>The next frame of the given event type.</summary>
    public async Task<string> NextAsync(string eventName)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var (name, data) = await frames.Reader.ReadAsync(timeout.Token);
            if (name == eventName)
            {
                return data;
            }
        }
    }

    /// <summary>The next reload event that concerns <paramref name="urlPath"/> (or every page).</summary>
    public async Task<JsonElement> NextReloadOfAsync(string urlPath)
    {
        while (true)
        {
            var reload = JsonDocument.Parse(await NextAsync("reload")).RootElement;
            if (reload.GetProperty("all").GetBoolean() || reload.GetProperty("paths").EnumerateArray().Any(p => p.GetString() == urlPath))
            {
                return reload;
            }
        }
    }

    /// <summary>Frames already received and not read yet.</summary>
    public int Pending => frames.Reader.Count;

    public void Dispose()
    {
        stop.Cancel();
        response.Dispose();
        stop.Dispose();
    }

    private async Task ReadAsync()
    {
        try
        {
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(stop.Token));
            string? name = null;
            var data = new List<string>();
            while (await reader.ReadLineAsync(stop.Token) is { } line)
            {
                if (line.Length == 0)
                {
                    if (data.Count > 0)
                    {
                        frames.Writer.TryWrite((name ?? "message", string.Join('\n', data)));
                    }
                    (name, data) = (null, []);
                }
                else if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    name = line[7..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    data.Add(line[6..]);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException or HttpRequestException)
        {
            // The stream ends with the test.
        }
        finally
        {
            frames.Writer.TryComplete();
        }
    }
}
