using System.Threading.Channels;

namespace PianoSite.Serve;

/// <summary>One open event stream of <see cref="ReloadHub"/>; disposing it stops its queue.</summary>
internal sealed class ReloadListener(ChannelReader<string> frames, Action stop) : IDisposable
{
    public ChannelReader<string> Frames => frames;

    public void Dispose() => stop();
}
