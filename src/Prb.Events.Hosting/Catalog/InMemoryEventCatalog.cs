using NodaTime;

namespace Prb.Events.Hosting;

/// <summary>A catalogue of events given in code, for hosts that keep events elsewhere and for tests.</summary>
public sealed class InMemoryEventCatalog : IEventCatalog
{
    private readonly EventCatalogSnapshot _snapshot;

    /// <summary>Initializes a catalogue of fixed events, scheduled by <paramref name="scheduler"/>.</summary>
    /// <param name="events">The events.</param>
    /// <param name="loadedAt">The instant used as the last change of events that have no <see cref="Event.LastModified"/>.</param>
    /// <param name="scheduler">The scheduler that resolves the events' times; <see cref="EventScheduler.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    public InMemoryEventCatalog(IEnumerable<Event> events, Instant loadedAt, EventScheduler? scheduler = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        scheduler ??= EventScheduler.Default;
        _snapshot = new EventCatalogSnapshot(events.Select(e => new CatalogEntry(e, scheduler.Schedule(e), "memory", e.LastModified ?? loadedAt)), 1);
    }

    /// <inheritdoc />
    public ValueTask<EventCatalogSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(_snapshot);
}
