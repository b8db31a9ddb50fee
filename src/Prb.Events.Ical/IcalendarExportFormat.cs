using NodaTime;
using Prb.Events.Export;

namespace Prb.Events.Ical;

/// <summary>iCalendar as an export format named <c>ics</c>, written by an <see cref="IcalendarExporter"/>: a whole event
/// as one VCALENDAR, one agenda item as a calendar of its own ("add this session to my calendar"), and a feed of many
/// events for subscription (webcal).</summary>
/// <remarks>DTSTAMP is the exporter's clock reading, or, through the overloads with <c>lastModified</c> that hosts call
/// for stored events, the instant the event (for a feed, the newest event) last changed.</remarks>
public sealed class IcalendarExportFormat : IEventExportFormat
{
    /// <summary>Initializes the format.</summary>
    /// <param name="exporter">The exporter, with its clock and options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="exporter"/> is null.</exception>
    public IcalendarExportFormat(IcalendarExporter exporter)
    {
        ArgumentNullException.ThrowIfNull(exporter);
        Exporter = exporter;
    }

    /// <summary>Gets the exporter.</summary>
    public IcalendarExporter Exporter { get; }

    /// <inheritdoc />
    public string Name => "ics";

    /// <inheritdoc />
    public string MediaType => IcalendarExporter.ContentType;

    /// <inheritdoc />
    public string FileExtension => IcalendarExporter.FileExtension;

    /// <inheritdoc />
    public EventExportScopes Scopes => EventExportScopes.All;

    /// <inheritdoc />
    public ValueTask WriteEventAsync(Event @event, Stream destination, CancellationToken cancellationToken = default) =>
        new(Exporter.WriteAsync(@event, destination, cancellationToken));

    /// <inheritdoc />
    public ValueTask WriteAgendaItemAsync(Event @event, AgendaItemId itemId, Stream destination, CancellationToken cancellationToken = default) =>
        new(Exporter.WriteItemAsync(@event, itemId, destination, cancellationToken));

    /// <inheritdoc />
    public ValueTask WriteFeedAsync(EventFeed feed, Stream destination, CancellationToken cancellationToken = default) =>
        new(Exporter.WriteFeedAsync(feed, destination, cancellationToken));

    /// <inheritdoc />
    public ValueTask WriteEventAsync(Event @event, Instant lastModified, Stream destination, CancellationToken cancellationToken = default) =>
        new(Exporter.WriteAsync(@event, lastModified, destination, cancellationToken));

    /// <inheritdoc />
    public ValueTask WriteAgendaItemAsync(Event @event, AgendaItemId itemId, Instant lastModified, Stream destination, CancellationToken cancellationToken = default) =>
        new(Exporter.WriteItemAsync(@event, itemId, lastModified, destination, cancellationToken));

    /// <inheritdoc />
    public ValueTask WriteFeedAsync(EventFeed feed, Instant lastModified, Stream destination, CancellationToken cancellationToken = default) =>
        new(Exporter.WriteFeedAsync(feed, lastModified, destination, cancellationToken));
}
