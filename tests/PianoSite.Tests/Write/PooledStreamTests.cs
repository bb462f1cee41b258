using System.Text;
using PianoSite.Write;

namespace PianoSite.Tests.Write;

/// <summary>A page's bytes live in a pooled array (<see cref="PooledStream"/>) until its last holder gives it back.</summary>
public sealed class PooledStreamTests
{
    [Fact]
    public void Writes_past_the_first_array_keep_every_byte_in_order()
    {
        var stream = new PooledStream(16);
        var expected = new List<byte>();
        var random = new Random(5);
        for (var i = 0; i < 300; i++)
        {
            var chunk = new byte[random.Next(0, 5000)];
            random.NextBytes(chunk);
            stream.Write(chunk);
            expected.AddRange(chunk);
        }

        Assert.Equal(expected.Count, stream.Length);
        Assert.True(stream.Written.Span.SequenceEqual(expected.ToArray()));
        stream.Release();
        stream.Release();   // a second release does nothing
        Assert.Throws<ObjectDisposedException>(() => stream.Written);
    }

    [Fact]
    public void A_detached_file_keeps_its_bytes_after_the_pooled_array_goes_back()
    {
        var stream = new PooledStream(8);
        stream.Write("<p>pagina</p>"u8);
        var file = new OutputFile("site/p/index.html", stream.Written) { Buffer = stream };

        var kept = file.Detached();
        using var other = new PooledStream(8);   // may receive the same array, and overwrite it
        other.Write(new byte[64]);

        Assert.Null(kept.Buffer);
        Assert.Equal("<p>pagina</p>", Encoding.UTF8.GetString(kept.Content.Span));
        Assert.Same(kept, kept.Detached());
    }
}
