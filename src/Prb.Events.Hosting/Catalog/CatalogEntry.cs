using NodaTime;

namespace Prb.Events.Hosting;

/// <summary>One event of a catalogue snapshot, with its schedule, where it came from and when it last changed.</summary>
/// <remarks>Immutable. A changed event is a new entry, so anything a host derives from an entry (a rendering, an
/// ETag) can be kept for as long as the entry lives.</remarks>
public sealed class CatalogEntry
{
    /// <summary>Initializes an entry.</summary>
    /// <param name="event">The event.</param>
    /// <param name="schedule">The event's schedule, from the host's <see cref="EventScheduler"/>.</param>
    /// <param name="source">Where it came from, such as its file name.</param>
    /// <param name="lastModified">When it last changed: the event's own <see cref="Event.LastModified"/> when set, else the source's time.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="schedule"/> is not the schedule of <paramref name="event"/>.</exception>
    public CatalogEntry(Event @event, EventSchedule schedule, string source, Instant lastModified)
    {
        ArgumentNullException.ThrowIfNull(@event, nameof(@event));
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(source);
        if (!ReferenceEquals(schedule.Event, @event))
        {
            throw new ArgumentException("The schedule is of another event.", nameof(schedule));
        }

        Event = @event;
        Schedule = schedule;
        Source = source;
        LastModified = lastModified;
    }

    /// <summary>Gets the event.</summary>
    public Event Event { get; }

    /// <summary>Gets the event's schedule, resolved once.</summary>
    public EventSchedule Schedule { get; }

    /// <summary>Gets where the event came from.</summary>
    public string Source { get; }

    /// <summary>Gets when the event last changed.</summary>
    public Instant LastModified { get; }
}
