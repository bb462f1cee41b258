using System.Buffers;

namespace PianoSite.Write;

/// <summary>
/// A growable in-memory stream whose array comes from a pool and goes back to it when released: a page is made
/// into one, verified and written, then its array serves the next page. A large plan's pages are megabytes
/// each (80 MB of pages at 10,000 objectives); allocated anew, each was a large-object allocation, and they
/// were most of the build's full garbage collections. It is also a buffer writer (<see cref="IBufferWriter{T}"/>), for
/// writers that encode straight into it (the open data's JSON).
/// </summary>
public sealed class PooledStream : Stream, IBufferWriter<byte>
{
    /// <summary>Arrays up to 256 MB (an actor's page of a 50,000-objective plan is ~40 MB), a few of each size.</summary>
    private static readonly ArrayPool<byte> Pool = ArrayPool<byte>.Create(maxArrayLength: 256 * 1024 * 1024, maxArraysPerBucket: 4);

    private byte[]? array;
    private int length;

    public PooledStream(int capacity) => array = Pool.Rent(Math.Max(capacity, 256));

    /// <summary>The bytes written so far; valid until <see cref="Release"/>.</summary>
    public ReadOnlyMemory<byte> Written => (array ?? throw new ObjectDisposedException(nameof(PooledStream))).AsMemory(0, length);

    /// <summary>Gives the array back to the pool. Nothing may read <see cref="Written"/> afterwards; a second call does nothing.</summary>
    public void Release()
    {
        if (Interlocked.Exchange(ref array, null) is { } returned)
        {
            Pool.Return(returned);
        }
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        buffer.CopyTo(Reserve(buffer.Length).AsSpan(length));
        length += buffer.Length;
    }

    public Memory<byte> GetMemory(int sizeHint = 0) => Reserve(Math.Max(sizeHint, 1)).AsMemory(length);

    public Span<byte> GetSpan(int sizeHint = 0) => Reserve(Math.Max(sizeHint, 1)).AsSpan(length);

    public void Advance(int count)
    {
        var target = array ?? throw new ObjectDisposedException(nameof(PooledStream));
        if (count < 0 || length + count > target.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }
        length += count;
    }

    /// <summary>The array, with room for <paramref name="count"/> more bytes after those written (a larger one from the pool when needed).</summary>
    private byte[] Reserve(int count)
    {
        var target = array ?? throw new ObjectDisposedException(nameof(PooledStream));
        if (length + count > target.Length)
        {
            var larger = Pool.Rent((int)Math.Min(Array.MaxLength, Math.Max((long)target.Length * 2, (long)length + count)));
            target.AsSpan(0, length).CopyTo(larger);
            Pool.Return(target);
            array = target = larger;
        }
        return target;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void WriteByte(byte value) => Write([value]);

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => length;

    public override long Position
    {
        get => length;
        set => throw new NotSupportedException();
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
