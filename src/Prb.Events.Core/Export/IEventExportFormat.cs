using NodaTime;

namespace Prb.Events.Export;

/// <summary>
/// One export format of events — iCalendar, the JSON document, a conference-app schedule, a CSV agenda — behind the
/// one contract every host uses: what the output is called (<see cref="Name"/>, <see cref="MediaType"/>,
/// <see cref="FileExtension"/>), what it can write (<see cref="Scopes"/>: one event, one agenda item, a feed of many),
/// and how to write each of them, asynchronously.
/// </summary>
/// <remarks>
/// <para>Formats are registered by extension methods (<c>AddIcalendar()</c>, <c>AddConferenceSchedules()</c>,
/// <c>AddExportFormat(yours)</c> on the builder of <c>AddPrbEvents()</c>), never discovered by scanning. An HTTP host
/// serves every registered format at its routes from this contract alone; the command line writes any of them by
/// <see cref="Name"/>.</para>
/// <para>Implementations must be safe to call from many threads at once and give the same bytes for the same input.
/// A method whose scope the format does not list in <see cref="Scopes"/> throws <see cref="NotSupportedException"/>.</para>
/// <para>Failure behaviour: a method either writes the whole output or throws. Input the format cannot represent gets
/// an <see cref="ArgumentException"/> naming the parameter (or a documented subclass); a failing destination's
/// exception and <see cref="OperationCanceledException"/> propagate. Hosts write into a buffer first, so a failed
/// export never reaches a client or a file half-written.</para>
/// <para>Hosts that serve a stored event call the overloads with <c>lastModified</c>, the instant the event (or, for a
/// feed, the newest of its events) last changed: a format that stamps its output with a time — iCalendar's DTSTAMP —
/// writes that instant instead of a clock's reading, so one stored event gives the same bytes, and the same ETag, on
/// every instance and after a restart. A format without such a stamp need not implement them: by default they ignore
/// <c>lastModified</c>.</para>
/// </remarks>
public interface IEventExportFormat
{
    /// <summary>Gets the short name of the format, lower-case ASCII letters, digits and hyphens, used in URLs and on the
    /// command line, such as <c>ics</c>.</summary>
    string Name { get; }

    /// <summary>Gets the media type of the output, with its parameters, such as <c>text/calendar; charset=utf-8</c>.</summary>
    string MediaType { get; }

    /// <summary>Gets the file extension of the output, with its dot, such as <c>.ics</c>.</summary>
    string FileExtension { get; }

    /// <summary>Gets what the format can write; at least one scope.</summary>
    EventExportScopes Scopes { get; }

    /// <summary>Writes one event.</summary>
    /// <param name="event">The event.</param>
    /// <param name="destination">The writable stream; it is not closed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the whole output is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The event cannot be represented in this format.</exception>
    /// <exception cref="NotSupportedException"><see cref="Scopes"/> does not include <see cref="EventExportScopes.Event"/>.</exception>
    ValueTask WriteEventAsync(Event @event, Stream destination, CancellationToken cancellationToken = default);

    /// <summary>Writes one agenda item of an event, with what it needs of its event.</summary>
    /// <param name="event">The event.</param>
    /// <param name="itemId">The id of one of the event's agenda items.</param>
    /// <param name="destination">The writable stream; it is not closed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the whole output is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The event has no item <paramref name="itemId"/>, or it cannot be represented in this format.</exception>
    /// <exception cref="NotSupportedException"><see cref="Scopes"/> does not include <see cref="EventExportScopes.AgendaItem"/>.</exception>
    ValueTask WriteAgendaItemAsync(Event @event, AgendaItemId itemId, Stream destination, CancellationToken cancellationToken = default);

    /// <summary>Writes many events as one output, such as a subscription feed.</summary>
    /// <param name="feed">The events and the feed's title.</param>
    /// <param name="destination">The writable stream; it is not closed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the whole output is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An event cannot be represented in this format.</exception>
    /// <exception cref="NotSupportedException"><see cref="Scopes"/> does not include <see cref="EventExportScopes.Feed"/>.</exception>
    ValueTask WriteFeedAsync(EventFeed feed, Stream destination, CancellationToken cancellationToken = default);

    /// <summary>Writes one event as it stood at its last change.</summary>
    /// <param name="event">The event.</param>
    /// <param name="lastModified">When the event last changed; a format that stamps its output writes it in place of the time of writing.</param>
    /// <param name="destination">The writable stream; it is not closed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the whole output is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The event cannot be represented in this format.</exception>
    /// <exception cref="NotSupportedException"><see cref="Scopes"/> does not include <see cref="EventExportScopes.Event"/>.</exception>
    ValueTask WriteEventAsync(Event @event, Instant lastModified, Stream destination, CancellationToken cancellationToken = default) =>
        WriteEventAsync(@event, destination, cancellationToken);

    /// <summary>Writes one agenda item of an event as it stood at the event's last change.</summary>
    /// <param name="event">The event.</param>
    /// <param name="itemId">The id of one of the event's agenda items.</param>
    /// <param name="lastModified">When the event last changed; a format that stamps its output writes it in place of the time of writing.</param>
    /// <param name="destination">The writable stream; it is not closed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the whole output is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The event has no item <paramref name="itemId"/>, or it cannot be represented in this format.</exception>
    /// <exception cref="NotSupportedException"><see cref="Scopes"/> does not include <see cref="EventExportScopes.AgendaItem"/>.</exception>
    ValueTask WriteAgendaItemAsync(Event @event, AgendaItemId itemId, Instant lastModified, Stream destination, CancellationToken cancellationToken = default) =>
        WriteAgendaItemAsync(@event, itemId, destination, cancellationToken);

    /// <summary>Writes many events as one output as they stood at the latest change of any of them.</summary>
    /// <param name="feed">The events and the feed's title.</param>
    /// <param name="lastModified">When the newest of the events last changed; a format that stamps its output writes it in place of the time of writing.</param>
    /// <param name="destination">The writable stream; it is not closed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the whole output is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An event cannot be represented in this format.</exception>
    /// <exception cref="NotSupportedException"><see cref="Scopes"/> does not include <see cref="EventExportScopes.Feed"/>.</exception>
    ValueTask WriteFeedAsync(EventFeed feed, Instant lastModified, Stream destination, CancellationToken cancellationToken = default) =>
        WriteFeedAsync(feed, destination, cancellationToken);
}
