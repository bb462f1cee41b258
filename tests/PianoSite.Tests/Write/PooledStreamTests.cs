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
    public void Written_through_its_buffer_writer_it_keeps_every_byte_in_order()
    {
        var stream = new PooledStream(16);
        var expected = new List<byte>();
        for (var i = 0; i < 200; i++)
        {
            var span = stream.GetSpan(i * 7);   // more room than the array has: it grows
            Assert.True(span.Length >= Math.Max(i * 7, 1));
            var count = Math.Min(span.Length, i * 5);
            for (var j = 0; j < count; j++)
            {
                span[j] = (byte)(i + j);
                expected.Add((byte)(i + j));
            }
            stream.Advance(count);
        }

        Assert.True(stream.Written.Span.SequenceEqual(expected.ToArray()));
        Assert.Throws<ArgumentOutOfRangeException>(() => stream.Advance(stream.GetSpan().Length + 1));
        stream.Release();
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
