using System.Buffers;

namespace Prb.Events.Ical.Internal;

/// <summary>
/// A growable byte buffer made of chunks (16 KiB doubling to 1 MiB) rented from <see cref="ArrayPool{T}.Shared"/>: writing never copies what is
/// already written, and the chunks go back to the pool on <see cref="Dispose"/>. Not thread-safe; one per export call.
/// </summary>
internal sealed class PooledByteBuffer : IDisposable
{
    private const int FirstChunkSize = 16 * 1024;
    private const int LargestChunkSize = 1024 * 1024;

    private readonly List<ArraySegment<byte>> _full = [];
    private byte[] _current;
    private int _position;
    private long _flushedLength;

    internal PooledByteBuffer() => _current = ArrayPool<byte>.Shared.Rent(FirstChunkSize);

    /// <summary>Gets the number of bytes written.</summary>
    internal long Length => _flushedLength + _position;

    /// <summary>Returns a span of at least <paramref name="size"/> free bytes at the end of the buffer.</summary>
    internal Span<byte> GetSpan(int size)
    {
        if (_current.Length - _position < size)
        {
            NextChunk(size);
        }

        return _current.AsSpan(_position);
    }

    /// <summary>Marks bytes of the last <see cref="GetSpan"/> as written.</summary>
    internal void Advance(int count) => _position += count;

    internal void WriteByte(byte value)
    {
        if (_position == _current.Length)
        {
            NextChunk(1);
        }

        _current[_position++] = value;
    }

    internal byte[] ToArray()
    {
        var result = GC.AllocateUninitializedArray<byte>(checked((int)Length));
        var offset = 0;
        foreach (var chunk in _full)
        {
            chunk.AsSpan().CopyTo(result.AsSpan(offset));
            offset += chunk.Count;
        }

        _current.AsSpan(0, _position).CopyTo(result.AsSpan(offset));
        return result;
    }

    internal void WriteTo(Stream stream)
    {
        foreach (var chunk in _full)
        {
            stream.Write(chunk.Array!, 0, chunk.Count);
        }

        stream.Write(_current, 0, _position);
    }

    internal async Task WriteToAsync(Stream stream, CancellationToken cancellationToken)
    {
        foreach (var chunk in _full)
        {
            await stream.WriteAsync(chunk.AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        await stream.WriteAsync(_current.AsMemory(0, _position), cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        foreach (var chunk in _full)
        {
            ArrayPool<byte>.Shared.Return(chunk.Array!);
        }

        _full.Clear();
        if (_current.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_current);
            _current = [];
        }
    }

    private void NextChunk(int size)
    {
        _full.Add(new ArraySegment<byte>(_current, 0, _position));
        _flushedLength += _position;
        // Chunks double up to 1 MiB: a large calendar needs few of them, so the pool can keep them all for the next call.
        _current = ArrayPool<byte>.Shared.Rent(Math.Max(size, Math.Min(_current.Length * 2, LargestChunkSize)));
        _position = 0;
    }
}
