using NodaTime;

namespace Prb.Events.AspNet.Catalog;

/// <summary>A catalogue of events given in code, for hosts that keep events elsewhere and for tests.</summary>
public sealed class InMemoryEventCatalog : IEventCatalog
{
    private readonly EventCatalogSnapshot _snapshot;

    /// <summary>Initializes a catalogue of fixed events.</summary>
    /// <param name="events">The events.</param>
    /// <param name="loadedAt">The instant used as the last change of events that have no <see cref="Event.LastModified"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    public InMemoryEventCatalog(IEnumerable<Event> events, Instant loadedAt)
    {
        ArgumentNullException.ThrowIfNull(events);
        _snapshot = new EventCatalogSnapshot(events.Select(e => new CatalogEntry(e, "memory", e.LastModified ?? loadedAt)), 1);
    }

    /// <inheritdoc />
    public ValueTask<EventCatalogSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(_snapshot);
}
