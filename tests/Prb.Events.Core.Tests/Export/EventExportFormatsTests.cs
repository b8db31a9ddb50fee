using System.Text;
using NodaTime;
using Prb.Events.Export;

namespace Prb.Events.Tests.Export;

/// <summary>The helpers of the export contract: the scope check every format and host uses, with its message, and
/// the writes into a byte array, each handing the format the arguments it was given.</summary>
public sealed class EventExportFormatsTests
{
    private static readonly Event Sample = Event.CreateBuilder(new EventId("spotkanie"), "Spotkanie").InZone("Europe/Warsaw")
        .On(new LocalDate(2027, 1, 12), new LocalTime(17, 0), new LocalTime(19, 0))
        .Build();

    private static readonly Instant Changed = Instant.FromUtc(2027, 1, 2, 3, 4, 5);

    [Theory]
    [InlineData(EventExportScopes.Event, EventExportScopes.Event)]
    [InlineData(EventExportScopes.All, EventExportScopes.AgendaItem)]
    [InlineData(EventExportScopes.All, EventExportScopes.All)]
    [InlineData(EventExportScopes.Event | EventExportScopes.Feed, EventExportScopes.Event | EventExportScopes.Feed)]
    [InlineData(EventExportScopes.Event | EventExportScopes.Feed, EventExportScopes.Feed)]
    public void A_scope_the_format_lists_is_supported(EventExportScopes scopes, EventExportScopes asked)
    {
        new Recording(scopes).EnsureSupports(asked);
    }

    [Theory]
    [InlineData(EventExportScopes.Event, EventExportScopes.AgendaItem, "The export format 'rec' cannot write an agenda item; it writes an event.")]
    [InlineData(EventExportScopes.Event, EventExportScopes.Feed, "The export format 'rec' cannot write a feed; it writes an event.")]
    [InlineData(EventExportScopes.AgendaItem | EventExportScopes.Feed, EventExportScopes.Event, "The export format 'rec' cannot write an event; it writes an agenda item, a feed.")]
    [InlineData(EventExportScopes.Feed, EventExportScopes.Event | EventExportScopes.Feed, "The export format 'rec' cannot write an event, a feed; it writes a feed.")]
    [InlineData(EventExportScopes.Event, EventExportScopes.All, "The export format 'rec' cannot write an event, an agenda item, a feed; it writes an event.")]
    [InlineData(EventExportScopes.All, EventExportScopes.None, "The export format 'rec' cannot write nothing; it writes an event, an agenda item, a feed.")]
    [InlineData(EventExportScopes.None, EventExportScopes.Event, "The export format 'rec' cannot write an event; it writes nothing.")]
    public void A_scope_the_format_does_not_list_is_refused_naming_the_format_and_both_scopes(EventExportScopes scopes, EventExportScopes asked, string message)
    {
        var e = Assert.Throws<NotSupportedException>(() => new Recording(scopes).EnsureSupports(asked));

        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void The_scope_check_refuses_a_null_format()
    {
        var e = Assert.Throws<ArgumentNullException>(() => ((IEventExportFormat)null!).EnsureSupports(EventExportScopes.Event));

        Assert.Equal("format", e.ParamName);
    }

    [Fact]
    public void Every_write_into_an_array_refuses_a_null_format()
    {
        IEventExportFormat format = null!;
        var feed = new EventFeed([Sample]);
        var item = new AgendaItemId("punkt");

        Assert.Equal("format", Assert.Throws<ArgumentNullException>(() => format.WriteEventToArrayAsync(Sample).AsTask().GetAwaiter().GetResult()).ParamName);
        Assert.Equal("format", Assert.Throws<ArgumentNullException>(() => format.WriteEventToArrayAsync(Sample, Changed).AsTask().GetAwaiter().GetResult()).ParamName);
        Assert.Equal("format", Assert.Throws<ArgumentNullException>(() => format.WriteAgendaItemToArrayAsync(Sample, item).AsTask().GetAwaiter().GetResult()).ParamName);
        Assert.Equal("format", Assert.Throws<ArgumentNullException>(() => format.WriteAgendaItemToArrayAsync(Sample, item, Changed).AsTask().GetAwaiter().GetResult()).ParamName);
        Assert.Equal("format", Assert.Throws<ArgumentNullException>(() => format.WriteFeedToArrayAsync(feed).AsTask().GetAwaiter().GetResult()).ParamName);
        Assert.Equal("format", Assert.Throws<ArgumentNullException>(() => format.WriteFeedToArrayAsync(feed, Changed).AsTask().GetAwaiter().GetResult()).ParamName);
    }

    [Fact]
    public async Task An_event_written_into_an_array_is_the_whole_output_of_the_event_method()
    {
        using var cancel = new CancellationTokenSource();
        var format = new Recording(EventExportScopes.All);

        var bytes = await format.WriteEventToArrayAsync(Sample, cancel.Token);

        Assert.Equal("event spotkanie no-stamp|+", Encoding.UTF8.GetString(bytes));
        Assert.Equal(cancel.Token, format.Token);
    }

    [Fact]
    public async Task An_event_written_into_an_array_at_its_last_change_hands_the_format_that_instant()
    {
        using var cancel = new CancellationTokenSource();
        var format = new Recording(EventExportScopes.All);

        var bytes = await format.WriteEventToArrayAsync(Sample, Changed, cancel.Token);

        Assert.Equal("event spotkanie 2027-01-02T03:04:05Z|+", Encoding.UTF8.GetString(bytes));
        Assert.Equal(cancel.Token, format.Token);
    }

    [Fact]
    public async Task An_agenda_item_written_into_an_array_is_the_whole_output_of_the_item_method()
    {
        using var cancel = new CancellationTokenSource();
        var format = new Recording(EventExportScopes.All);

        var bytes = await format.WriteAgendaItemToArrayAsync(Sample, new AgendaItemId("punkt"), cancel.Token);

        Assert.Equal("item spotkanie/punkt no-stamp|+", Encoding.UTF8.GetString(bytes));
        Assert.Equal(cancel.Token, format.Token);
    }

    [Fact]
    public async Task An_agenda_item_written_into_an_array_at_its_last_change_hands_the_format_that_instant()
    {
        using var cancel = new CancellationTokenSource();
        var format = new Recording(EventExportScopes.All);

        var bytes = await format.WriteAgendaItemToArrayAsync(Sample, new AgendaItemId("punkt"), Changed, cancel.Token);

        Assert.Equal("item spotkanie/punkt 2027-01-02T03:04:05Z|+", Encoding.UTF8.GetString(bytes));
        Assert.Equal(cancel.Token, format.Token);
    }

    [Fact]
    public async Task A_feed_written_into_an_array_is_the_whole_output_of_the_feed_method()
    {
        using var cancel = new CancellationTokenSource();
        var format = new Recording(EventExportScopes.All);

        var bytes = await format.WriteFeedToArrayAsync(new EventFeed([Sample, Sample], "Kalendarz"), cancel.Token);

        Assert.Equal("feed Kalendarz 2 no-stamp|+", Encoding.UTF8.GetString(bytes));
        Assert.Equal(cancel.Token, format.Token);
    }

    [Fact]
    public async Task A_feed_written_into_an_array_at_its_last_change_hands_the_format_that_instant()
    {
        using var cancel = new CancellationTokenSource();
        var format = new Recording(EventExportScopes.All);

        var bytes = await format.WriteFeedToArrayAsync(new EventFeed([Sample], "Kalendarz"), Changed, cancel.Token);

        Assert.Equal("feed Kalendarz 1 2027-01-02T03:04:05Z|+", Encoding.UTF8.GetString(bytes));
        Assert.Equal(cancel.Token, format.Token);
    }

    [Fact]
    public void A_caller_blocking_on_a_single_threaded_context_is_not_deadlocked_by_a_write_into_an_array()
    {
        var format = new Recording(EventExportScopes.All);
        var feed = new EventFeed([Sample]);
        var item = new AgendaItemId("punkt");

        // Each call resumes after a format that completes on another thread: it must not wait for the blocked context.
        Assert.NotNull(NeverRunningContext.BlockOn(() => format.WriteEventToArrayAsync(Sample).AsTask()));
        Assert.NotNull(NeverRunningContext.BlockOn(() => format.WriteEventToArrayAsync(Sample, Changed).AsTask()));
        Assert.NotNull(NeverRunningContext.BlockOn(() => format.WriteAgendaItemToArrayAsync(Sample, item).AsTask()));
        Assert.NotNull(NeverRunningContext.BlockOn(() => format.WriteAgendaItemToArrayAsync(Sample, item, Changed).AsTask()));
        Assert.NotNull(NeverRunningContext.BlockOn(() => format.WriteFeedToArrayAsync(feed).AsTask()));
        Assert.NotNull(NeverRunningContext.BlockOn(() => format.WriteFeedToArrayAsync(feed, Changed).AsTask()));
    }

    /// <summary>A format that writes what it was asked for, part of it after completing on another thread, and a
    /// last <c>+</c> only then: an output without it was taken before the format finished.</summary>
    private sealed class Recording(EventExportScopes scopes) : IEventExportFormat
    {
        public string Name => "rec";

        public string MediaType => "text/plain; charset=utf-8";

        public string FileExtension => ".txt";

        public EventExportScopes Scopes => scopes;

        public CancellationToken Token { get; private set; }

        public ValueTask WriteEventAsync(Event @event, Stream destination, CancellationToken cancellationToken = default) =>
            Write($"event {@event.Slug.Value} no-stamp", destination, cancellationToken);

        public ValueTask WriteEventAsync(Event @event, Instant lastModified, Stream destination, CancellationToken cancellationToken = default) =>
            Write($"event {@event.Slug.Value} {lastModified}", destination, cancellationToken);

        public ValueTask WriteAgendaItemAsync(Event @event, AgendaItemId itemId, Stream destination, CancellationToken cancellationToken = default) =>
            Write($"item {@event.Slug.Value}/{itemId.Value} no-stamp", destination, cancellationToken);

        public ValueTask WriteAgendaItemAsync(Event @event, AgendaItemId itemId, Instant lastModified, Stream destination, CancellationToken cancellationToken = default) =>
            Write($"item {@event.Slug.Value}/{itemId.Value} {lastModified}", destination, cancellationToken);

        public ValueTask WriteFeedAsync(EventFeed feed, Stream destination, CancellationToken cancellationToken = default) =>
            Write($"feed {feed.Title} {feed.Events.Count} no-stamp", destination, cancellationToken);

        public ValueTask WriteFeedAsync(EventFeed feed, Instant lastModified, Stream destination, CancellationToken cancellationToken = default) =>
            Write($"feed {feed.Title} {feed.Events.Count} {lastModified}", destination, cancellationToken);

        private async ValueTask Write(string text, Stream destination, CancellationToken cancellationToken)
        {
            Token = cancellationToken;
            await destination.WriteAsync(Encoding.UTF8.GetBytes(text + "|"), cancellationToken).ConfigureAwait(false);
            await Task.Delay(1, CancellationToken.None).ConfigureAwait(false);
            await destination.WriteAsync("+"u8.ToArray(), cancellationToken).ConfigureAwait(false);
        }
    }
}
