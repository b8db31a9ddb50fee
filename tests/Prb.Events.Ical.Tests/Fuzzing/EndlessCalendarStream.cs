namespace Prb.Events.Ical.Tests.Fuzzing;

/// <summary>A stream that starts like a calendar and never ends, counting the octets it gives.</summary>
internal sealed class EndlessCalendarStream : Stream
{
    private static readonly byte[] Head = "BEGIN:VCALENDAR\r\n"u8.ToArray();
    private static readonly byte[] Line = "X-FILLER:Zażółć gęślą jaźń\r\n"u8.ToArray();

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get; set; }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        for (var i = 0; i < buffer.Length; i++, Position++)
        {
            buffer[i] = Position < Head.Length ? Head[Position] : Line[(Position - Head.Length) % Line.Length];
        }

        return buffer.Length;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
