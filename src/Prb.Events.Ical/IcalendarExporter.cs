using System.Text;
using NodaTime;
using Prb.Events.Export;
using Prb.Events.Ical.Internal;

namespace Prb.Events.Ical;

/// <summary>
/// Writes events as iCalendar (RFC 5545) calendars with <c>METHOD:PUBLISH</c>: a whole event, a single agenda item
/// ("add this session to my calendar"), or a feed of many events for subscription (webcal).
/// </summary>
/// <remarks>
/// <para>The output is UTF-8 without a byte order mark, with CRLF line ends, content lines folded at 75 octets and
/// never inside a UTF-8 sequence, TEXT escaped, parameter values quoted and RFC 6868-encoded, and URLs in
/// ASCII-only form; no value can add a line or a property. Every local time is written with the zone's TZID and
/// a VTIMEZONE generated from the tz database for every year used, historical years included; a time that is not
/// a plain local time (the second occurrence of an ambiguous time, say) is written in UTC so that clients get the
/// instant the model means.</para>
/// <para>DTSTAMP is the clock's reading, or the instant given to the overloads that take one — the instant the event
/// last changed, as hosts that serve stored events pass it, so that one stored event gives the same bytes on every
/// instance and after a restart. The same events, options and stamp give the same bytes. An exporter is immutable and safe to use
/// from many threads at once.</para>
/// </remarks>
public sealed class IcalendarExporter
{
    /// <summary>The media type of the output.</summary>
    public const string MediaType = "text/calendar";

    /// <summary>The media type of the output with its charset, for a Content-Type header.</summary>
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <summary>The file name extension of the output.</summary>
    public const string FileExtension = ".ics";

    private readonly IClock _clock;
    private readonly IDateTimeZoneProvider _zones;
    private readonly IcalendarExportOptions _options;

    /// <summary>Initializes an exporter over the tz database that ships with NodaTime.</summary>
    /// <param name="clock">The clock that gives DTSTAMP.</param>
    /// <param name="options">The options, copied; null for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public IcalendarExporter(IClock clock, IcalendarExportOptions? options = null)
        : this(clock, options ?? new IcalendarExportOptions(), DateTimeZoneProviders.Tzdb)
    {
    }

    /// <summary>Initializes an exporter over a zone provider.</summary>
    /// <param name="clock">The clock that gives DTSTAMP.</param>
    /// <param name="options">The options, copied.</param>
    /// <param name="zoneProvider">Where the events' zone ids are looked up and VTIMEZONEs come from.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public IcalendarExporter(IClock clock, IcalendarExportOptions options, IDateTimeZoneProvider zoneProvider)
    {
        _clock = Guard.NotNull(clock);
        _options = Guard.NotNull(options).Copy();
        _zones = Guard.NotNull(zoneProvider);
    }

    /// <summary>Gets a copy of the options the exporter writes with.</summary>
    public IcalendarExportOptions Options => _options.Copy();

    /// <summary>Writes an event as one calendar: the event, and its agenda items when <see cref="IcalendarExportOptions.IncludeAgendaItems"/> is set.</summary>
    /// <param name="event">The event.</param>
    /// <param name="output">The stream to write the UTF-8 octets to.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The event's zone is not in the zone provider.</exception>
    public void Write(Event @event, Stream output)
    {
        ArgumentNullException.ThrowIfNull(@event, nameof(@event));
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = Render([@event], null, false, nameof(@event));
        buffer.WriteTo(output);
    }

    /// <summary>Writes an event as one calendar, asynchronously (for streams such as HTTP responses that refuse synchronous writes).</summary>
    /// <param name="event">The event.</param>
    /// <param name="output">The stream to write the UTF-8 octets to.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when everything is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The event's zone is not in the zone provider.</exception>
    public async Task WriteAsync(Event @event, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(@event, nameof(@event));
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = Render([@event], null, false, nameof(@event));
        await buffer.WriteToAsync(output, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes a feed for subscription: every event (with its agenda items when the options say so), and the
    /// feed's NAME, X-WR-CALNAME, REFRESH-INTERVAL and X-PUBLISHED-TTL.</summary>
    /// <param name="events">The events, in the order to write them.</param>
    /// <param name="output">The stream to write the UTF-8 octets to.</param>
    /// <exception cref="ArgumentNullException">An argument is null, or an event is null.</exception>
    /// <exception cref="ArgumentException">An event's zone is not in the zone provider.</exception>
    public void WriteFeed(IEnumerable<Event> events, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = Render(Materialize(events), null, true, nameof(events));
        buffer.WriteTo(output);
    }

    /// <summary>Writes a feed for subscription, asynchronously.</summary>
    /// <param name="events">The events, in the order to write them.</param>
    /// <param name="output">The stream to write the UTF-8 octets to.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when everything is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or an event is null.</exception>
    /// <exception cref="ArgumentException">An event's zone is not in the zone provider.</exception>
    public async Task WriteFeedAsync(IEnumerable<Event> events, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = Render(Materialize(events), null, true, nameof(events));
        await buffer.WriteToAsync(output, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes a feed for subscription, asynchronously; the feed's own title, when it has one, is the name
    /// calendars show for it (NAME and X-WR-CALNAME) in place of <see cref="IcalendarExportOptions.FeedName"/>.</summary>
    /// <param name="feed">The events, in the order to write them, and the feed's title.</param>
    /// <param name="output">The stream to write the UTF-8 octets to.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when everything is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An event's zone is not in the zone provider.</exception>
    public async Task WriteFeedAsync(EventFeed feed, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(output);
        IcalendarExportOptions? options = null;
        if (feed.Title is { } title)
        {
            options = _options.Copy();
            options.FeedName = title;
        }

        using var buffer = Render(feed.Events, null, true, nameof(feed), options);
        await buffer.WriteToAsync(output, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes one agenda item as a calendar of its own, RELATED-TO its event, with the UID it has in every other export.</summary>
    /// <param name="event">The event.</param>
    /// <param name="itemId">The agenda item's id.</param>
    /// <param name="output">The stream to write the UTF-8 octets to.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The event has no such item (<paramref name="itemId"/>), or its zone is not in the zone provider.</exception>
    public void WriteItem(Event @event, AgendaItemId itemId, Stream output)
    {
        ArgumentNullException.ThrowIfNull(@event, nameof(@event));
        ArgumentNullException.ThrowIfNull(output);
        CheckItem(@event, itemId);
        using var buffer = Render([@event], itemId, false, nameof(@event));
        buffer.WriteTo(output);
    }

    /// <summary>Writes one agenda item as a calendar of its own, asynchronously.</summary>
    /// <param name="event">The event.</param>
    /// <param name="itemId">The agenda item's id.</param>
    /// <param name="output">The stream to write the UTF-8 octets to.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when everything is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The event has no such item (<paramref name="itemId"/>), or its zone is not in the zone provider.</exception>
    public async Task WriteItemAsync(Event @event, AgendaItemId itemId, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(@event, nameof(@event));
        ArgumentNullException.ThrowIfNull(output);
        CheckItem(@event, itemId);
        using var buffer = Render([@event], itemId, false, nameof(@event));
        await buffer.WriteToAsync(output, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes an event as one calendar with a given DTSTAMP, asynchronously: the instant the event last changed,
    /// so that the output depends on the stored event alone.</summary>
    /// <param name="event">The event.</param>
    /// <param name="stamp">The DTSTAMP of every component, in place of the clock's reading.</param>
    /// <param name="output">The stream to write the UTF-8 octets to.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when everything is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The event's zone is not in the zone provider.</exception>
    public async Task WriteAsync(Event @event, Instant stamp, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(@event, nameof(@event));
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = Render([@event], null, false, nameof(@event), stamp: stamp);
        await buffer.WriteToAsync(output, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes one agenda item as a calendar of its own with a given DTSTAMP, asynchronously.</summary>
    /// <param name="event">The event.</param>
    /// <param name="itemId">The agenda item's id.</param>
    /// <param name="stamp">The DTSTAMP of every component, in place of the clock's reading.</param>
    /// <param name="output">The stream to write the UTF-8 octets to.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when everything is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The event has no such item (<paramref name="itemId"/>), or its zone is not in the zone provider.</exception>
    public async Task WriteItemAsync(Event @event, AgendaItemId itemId, Instant stamp, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(@event, nameof(@event));
        ArgumentNullException.ThrowIfNull(output);
        CheckItem(@event, itemId);
        using var buffer = Render([@event], itemId, false, nameof(@event), stamp: stamp);
        await buffer.WriteToAsync(output, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes a feed for subscription with a given DTSTAMP, asynchronously: the latest change of any of its
    /// events, so that the output depends on the stored events alone.</summary>
    /// <param name="feed">The events, in the order to write them, and the feed's title.</param>
    /// <param name="stamp">The DTSTAMP of every component, in place of the clock's reading.</param>
    /// <param name="output">The stream to write the UTF-8 octets to.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when everything is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An event's zone is not in the zone provider.</exception>
    public async Task WriteFeedAsync(EventFeed feed, Instant stamp, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(output);
        IcalendarExportOptions? options = null;
        if (feed.Title is { } title)
        {
            options = _options.Copy();
            options.FeedName = title;
        }

        using var buffer = Render(feed.Events, null, true, nameof(feed), options, stamp);
        await buffer.WriteToAsync(output, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Returns an event as the UTF-8 octets of one calendar, as <see cref="Write(Event, Stream)"/> writes them.</summary>
    /// <param name="event">The event.</param>
    /// <returns>The octets.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="event"/> is null.</exception>
    /// <exception cref="ArgumentException">The event's zone is not in the zone provider.</exception>
    public byte[] ToUtf8(Event @event)
    {
        ArgumentNullException.ThrowIfNull(@event, nameof(@event));
        using var buffer = Render([@event], null, false, nameof(@event));
        return buffer.ToArray();
    }

    /// <summary>Returns an event as the text of one calendar.</summary>
    /// <param name="event">The event.</param>
    /// <returns>The text, with CRLF line ends.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="event"/> is null.</exception>
    /// <exception cref="ArgumentException">The event's zone is not in the zone provider.</exception>
    public string ToText(Event @event) => Encoding.UTF8.GetString(ToUtf8(@event));

    /// <summary>Returns a feed as UTF-8 octets, as <see cref="WriteFeed(IEnumerable{Event}, Stream)"/> writes it.</summary>
    /// <param name="events">The events.</param>
    /// <returns>The octets.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null, or an event is null.</exception>
    /// <exception cref="ArgumentException">An event's zone is not in the zone provider.</exception>
    public byte[] FeedToUtf8(IEnumerable<Event> events)
    {
        using var buffer = Render(Materialize(events), null, true, nameof(events));
        return buffer.ToArray();
    }

    /// <summary>Returns a feed as text.</summary>
    /// <param name="events">The events.</param>
    /// <returns>The text, with CRLF line ends.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null, or an event is null.</exception>
    /// <exception cref="ArgumentException">An event's zone is not in the zone provider.</exception>
    public string FeedToText(IEnumerable<Event> events) => Encoding.UTF8.GetString(FeedToUtf8(events));

    /// <summary>Returns one agenda item as the UTF-8 octets of a calendar, as <see cref="WriteItem(Event, AgendaItemId, Stream)"/> writes it.</summary>
    /// <param name="event">The event.</param>
    /// <param name="itemId">The agenda item's id.</param>
    /// <returns>The octets.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="event"/> is null.</exception>
    /// <exception cref="ArgumentException">The event has no such item (<paramref name="itemId"/>), or its zone is not in the zone provider.</exception>
    public byte[] ItemToUtf8(Event @event, AgendaItemId itemId)
    {
        ArgumentNullException.ThrowIfNull(@event, nameof(@event));
        CheckItem(@event, itemId);
        using var buffer = Render([@event], itemId, false, nameof(@event));
        return buffer.ToArray();
    }

    /// <summary>Returns one agenda item as the text of a calendar.</summary>
    /// <param name="event">The event.</param>
    /// <param name="itemId">The agenda item's id.</param>
    /// <returns>The text, with CRLF line ends.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="event"/> is null.</exception>
    /// <exception cref="ArgumentException">The event has no such item (<paramref name="itemId"/>), or its zone is not in the zone provider.</exception>
    public string ItemToText(Event @event, AgendaItemId itemId) => Encoding.UTF8.GetString(ItemToUtf8(@event, itemId));

    private static void CheckItem(Event @event, AgendaItemId itemId)
    {
        if (@event.FindAgendaItem(itemId) is null)
        {
            throw new ArgumentException($"The event '{@event.Id}' has no agenda item '{itemId}'.", nameof(itemId));
        }
    }

    private static Event[] Materialize(IEnumerable<Event> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var list = events.ToArray();
        for (var i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentNullException(nameof(events), $"Event {i} of the feed is null.");
            }
        }

        return list;
    }

    private PooledByteBuffer Render(
        IReadOnlyList<Event> events, AgendaItemId? onlyItem, bool isFeed, string paramName, IcalendarExportOptions? options = null, Instant? stamp = null)
    {
        var buffer = new PooledByteBuffer();
        try
        {
            new CalendarWriter(buffer, options ?? _options, _zones, stamp ?? _clock.GetCurrentInstant()).Write(events, onlyItem, isFeed, paramName);
            return buffer;
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }
}
