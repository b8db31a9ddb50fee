using System.Text;
using NodaTime;
using Prb.Events.Export;

namespace Prb.Events.Tests.Export;

/// <summary>The event document as the export format <c>json</c>: its names, its one scope, and bytes equal to the
/// serializer's.</summary>
public sealed class JsonDocumentExportFormatTests
{
    private static readonly JsonDocumentExportFormat Format = JsonDocumentExportFormat.Instance;

    private static Event Sample() => Event.CreateBuilder(new EventId("tekst"), "Zażółć \"gęślą\" jaźń 📚 שלום")
        .InZone("Europe/Warsaw")
        .On(new LocalDate(2011, 11, 9), new LocalTime(10, 0), new LocalTime(14, 30))
        .Described("Linia 1\r\nLinia 2\tz tabulatorem \\ i\u2028separatorem")
        .Build();

    [Fact]
    public void Its_name_media_type_and_extension_are_json()
    {
        Assert.Equal("json", Format.Name);
        Assert.Equal("application/json; charset=utf-8", Format.MediaType);
        Assert.Equal(".json", Format.FileExtension);
    }

    [Fact]
    public void It_writes_events_only()
    {
        Assert.Equal(EventExportScopes.Event, Format.Scopes);
    }

    [Fact]
    public async Task An_event_is_written_as_the_serializers_utf8_bytes()
    {
        var e = Sample();

        var bytes = await Format.WriteEventToArrayAsync(e);

        Assert.Equal(EventDocumentSerializer.WriteUtf8(e), bytes);
    }

    [Fact]
    public async Task An_event_at_its_last_change_is_written_the_same_bytes()
    {
        var e = Sample();

        var bytes = await Format.WriteEventToArrayAsync(e, Instant.FromUtc(2030, 1, 1, 0, 0));

        Assert.Equal(EventDocumentSerializer.WriteUtf8(e), bytes);
    }

    [Fact]
    public async Task Text_in_any_language_and_what_json_must_escape_is_written_byte_for_byte()
    {
        var text = Encoding.UTF8.GetString(await Format.WriteEventToArrayAsync(Sample()));

        Assert.Contains("\"title\": \"Zażółć \\\"gęślą\\\" jaźń 📚 שלום\",", text, StringComparison.Ordinal);
        Assert.Contains("\"description\": \"Linia 1\\r\\nLinia 2\\tz tabulatorem \\\\ i\u2028separatorem\",", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_destination_is_written_after_what_it_already_holds_and_left_open()
    {
        using var destination = new MemoryStream();
        destination.Write("prefix"u8);

        await Format.WriteEventAsync(Sample(), destination);

        Assert.True(destination.CanWrite);
        Assert.Equal([.. "prefix"u8.ToArray(), .. EventDocumentSerializer.WriteUtf8(Sample())], destination.ToArray());
    }

    [Fact]
    public async Task A_null_event_or_destination_is_refused_by_name_the_event_first()
    {
        using var destination = new MemoryStream();

        Assert.Equal("event", (await Assert.ThrowsAsync<ArgumentNullException>(() => Format.WriteEventAsync(null!, destination).AsTask())).ParamName);
        Assert.Equal("event", (await Assert.ThrowsAsync<ArgumentNullException>(() => Format.WriteEventAsync(null!, null!).AsTask())).ParamName);
        Assert.Equal("destination", (await Assert.ThrowsAsync<ArgumentNullException>(() => Format.WriteEventAsync(Sample(), null!).AsTask())).ParamName);
    }

    [Fact]
    public async Task A_cancelled_write_throws_and_writes_nothing()
    {
        using var destination = new MemoryStream();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Format.WriteEventAsync(Sample(), destination, new CancellationToken(canceled: true)).AsTask());

        Assert.Equal(0, destination.Length);
    }

    [Fact]
    public async Task An_agenda_item_is_not_supported()
    {
        using var destination = new MemoryStream();

        var e = await Assert.ThrowsAsync<NotSupportedException>(() => Format.WriteAgendaItemAsync(Sample(), new AgendaItemId("punkt"), destination).AsTask());

        Assert.Equal("The export format 'json' cannot write an agenda item; it writes an event.", e.Message);
        Assert.Equal(0, destination.Length);
    }

    [Fact]
    public async Task A_feed_is_not_supported()
    {
        using var destination = new MemoryStream();

        var e = await Assert.ThrowsAsync<NotSupportedException>(() => Format.WriteFeedAsync(new EventFeed([Sample()]), destination).AsTask());

        Assert.Equal("The export format 'json' cannot write a feed; it writes an event.", e.Message);
        Assert.Equal(0, destination.Length);
    }

    [Fact]
    public void A_caller_blocking_on_a_single_threaded_context_is_not_deadlocked_by_a_slow_destination()
    {
        var e = Sample();
        using var destination = new SlowStream();

        var written = NeverRunningContext.BlockOn(async () =>
        {
            await Format.WriteEventAsync(e, destination).ConfigureAwait(false);
            return destination.ToArray();
        });

        Assert.Equal(EventDocumentSerializer.WriteUtf8(e), written);
    }

    /// <summary>A memory stream whose writes complete on another thread, as a network or file stream's may.</summary>
    private sealed class SlowStream : MemoryStream
    {
        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Delay(1, CancellationToken.None).ConfigureAwait(false);
            await base.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
    }
}
