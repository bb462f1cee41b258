using System.Collections.Concurrent;
using System.Threading.Channels;

namespace PianoSite.Serve;

/// <summary>
/// The open pages listening at /_preview/events. Each has its own small queue, so a slow or stalled browser tab
/// never delays a rebuild or the other tabs: when its queue is full the oldest frame is dropped, which is
/// harmless because reload.js compares versions.
/// </summary>
internal sealed class ReloadHub
{
    private readonly ConcurrentDictionary<long, Channel<string>> listeners = new();
    private long nextId;
    private volatile bool closed;

    private long published;

    public int ListenerCount => listeners.Count;

    /// <summary>How many reload events were published (for tests and benchmarks).</summary>
    public long PublishedCount => Interlocked.Read(ref published);

    public ReloadListener Listen()
    {
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(16)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        var id = Interlocked.Increment(ref nextId);
        listeners[id] = channel;
        if (closed)
        {
            channel.Writer.TryComplete();
        }
        return new ReloadListener(channel.Reader, () => listeners.TryRemove(id, out _));
    }

    public void Publish(ReloadEvent reload)
    {
        var frame = reload.ToFrame();
        Interlocked.Increment(ref published);
        foreach (var channel in listeners.Values)
        {
            channel.Writer.TryWrite(frame);
        }
    }

    /// <summary>Ends every event stream, so that the server can stop without waiting for open tabs.</summary>
    public void Close()
    {
        closed = true;
        foreach (var channel in listeners.Values)
        {
            channel.Writer.TryComplete();
        }
    }
}
