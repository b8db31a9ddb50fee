using NodaTime;
using Prb.Events.Export;
using Prb.Events.Testing;

namespace Prb.Events.Schedules.Tests;

/// <summary>What both schedule formats share: events only, the whole file written at once, cancellation, and no
/// continuation on the caller's synchronization context.</summary>
public class ScheduleExportFormatTests
{
    public static TheoryData<string> FormatNames => new() { "schedule-xml", "schedule-json" };

    private static ScheduleExportFormat Format(string name) =>
        name == "schedule-xml" ? ScheduleXmlExportFormat.Instance : ScheduleJsonExportFormat.Instance;

    private static Event Lecture() =>
        Event.CreateBuilder(new EventId("format"), "Format").InZone("Europe/Warsaw")
            .On(new LocalDate(2027, 6, 5), new LocalTime(9, 0), new LocalTime(18, 0))
            .AddItem("a", AgendaItemKind.Lecture, "Wykład", new LocalTime(10, 0), new LocalTime(11, 0))
            .Build();

    [Theory]
    [MemberData(nameof(FormatNames))]
    public async Task Agenda_items_and_feeds_are_refused_as_not_supported(string name)
    {
        var format = Format(name);
        var e = Lecture();
        using var stream = new MemoryStream();

        Assert.Equal(EventExportScopes.Event, format.Scopes);
        var item = await Assert.ThrowsAsync<NotSupportedException>(async () => await format.WriteAgendaItemAsync(e, new AgendaItemId("a"), stream));
        var feed = await Assert.ThrowsAsync<NotSupportedException>(async () => await format.WriteFeedAsync(new EventFeed([e]), stream));

        Assert.Contains($"'{name}'", item.Message, StringComparison.Ordinal);
        Assert.Contains($"'{name}'", feed.Message, StringComparison.Ordinal);
        Assert.Equal(0, stream.Length);
    }

    [Theory]
    [MemberData(nameof(FormatNames))]
    public async Task Destination_that_is_not_writable_is_refused_saying_so(string name)
    {
        using var readOnly = new MemoryStream([], writable: false);

        var ex = await Assert.ThrowsAsync<ArgumentException>(async () => await Format(name).WriteEventAsync(Lecture(), readOnly));

        Assert.Equal("The destination stream is not writable. (Parameter 'destination')", ex.Message);
    }

    [Theory]
    [MemberData(nameof(FormatNames))]
    public async Task Arguments_are_checked_in_their_order_the_event_first(string name)
    {
        using var readOnly = new MemoryStream([], writable: false);

        var noEvent = await Assert.ThrowsAsync<ArgumentNullException>(async () => await Format(name).WriteEventAsync(null!, readOnly));
        var neither = await Assert.ThrowsAsync<ArgumentNullException>(async () => await Format(name).WriteEventAsync(null!, null!));

        Assert.Equal("event", noEvent.ParamName);
        Assert.Equal("event", neither.ParamName);
    }

    [Theory]
    [MemberData(nameof(FormatNames))]
    public async Task Cancelled_write_writes_nothing(string name)
    {
        using var stream = new MemoryStream();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await Format(name).WriteEventAsync(Lecture(), stream, cancellation.Token));

        Assert.Equal(0, stream.Length);
    }

    [Theory]
    [MemberData(nameof(FormatNames))]
    public void Caller_blocking_on_a_single_threaded_context_is_not_deadlocked(string name)
    {
        // A UI thread or classic ASP.NET blocks on the task; a format that resumed on that context would wait for ever.
        using var destination = new SlowStream();
        var done = false;
        var thread = new Thread(() =>
        {
            SynchronizationContext.SetSynchronizationContext(new NeverRunningContext());
            done = Format(name).WriteEventAsync(Lecture(), destination).AsTask().Wait(TimeSpan.FromSeconds(20));
        });

        thread.Start();
        thread.Join();

        Assert.True(done);
        Assert.Equal(ScheduleOutputs.Write(Format(name), Lecture()), destination.ToArray());
    }

    /// <summary>A destination whose writes complete later, on the thread pool, as a network stream's do.</summary>
    private sealed class SlowStream : Stream
    {
        private readonly MemoryStream _written = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _written.Length;

        public override long Position { get => _written.Position; set => throw new NotSupportedException(); }

        public byte[] ToArray() => _written.ToArray();

        public override async Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            await Task.Delay(1, cancellationToken).ConfigureAwait(false);
            _written.Write(buffer, offset, count);
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Delay(1, cancellationToken).ConfigureAwait(false);
            _written.Write(buffer.Span);
        }

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("Only asynchronous writes.");

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _written.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
