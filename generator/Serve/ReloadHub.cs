using System.Collections.Concurrent;
using System.Threading.Channels;

namespace PianoSite.Serve;

/// <summary>
/// The open pages listening at /_preview/events. Each has its own small queue, so a slow or stalled browser tab
/// never delays a rebuild or the other tabs: when its queue is full the oldest frame is dropped, which is
/// harmless because reload.js compares versions. Each stream also says which page it belongs to, so that a
/// rebuild can make the pages open in a browser first (<see cref="OpenPages"/>).
/// </summary>
internal sealed class ReloadHub
{
    private readonly ConcurrentDictionary<long, (Channel<string> Channel, string? Page)> listeners = new();
    private long nextId;
    private volatile bool closed;

    private long published;

    public int ListenerCount => listeners.Count;

    /// <summary>How many reload events were published (for tests and benchmarks).</summary>
    public long PublishedCount => Interlocked.Read(ref published);

    /// <param name="page">the URL path of the page listening ("/missioni/m1/"), as reload.js sends it; null when unknown.</param>
    public ReloadListener Listen(string? page = null)
    {
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(16)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        var id = Interlocked.Increment(ref nextId);
        listeners[id] = (channel, page);
        if (closed)
        {
            channel.Writer.TryComplete();
        }
        return new ReloadListener(channel.Reader, () => listeners.TryRemove(id, out _));
    }

    /// <summary>The URL paths of the pages open now ("/missioni/m1/"), each once.</summary>
    public IReadOnlySet<string> OpenPages() =>
        listeners.Values.Select(l => l.Page).OfType<string>().ToHashSet(StringComparer.Ordinal);

    public void Publish(ReloadEvent reload)
    {
        var frame = reload.ToFrame();
        Interlocked.Increment(ref published);
        foreach (var (channel, _) in listeners.Values)
        {
            channel.Writer.TryWrite(frame);
        }
    }

    /// <summary>Ends every event stream, so that the server can stop without waiting for open tabs.</summary>
    public void Close()
    {
        closed = true;
        foreach (var (channel, _) in listeners.Values)
        {
            channel.Writer.TryComplete();
        }
    }
}
