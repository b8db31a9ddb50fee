using System.Collections.Concurrent;
using NodaTime;
using Prb.Events.AspNet.Http;

namespace Prb.Events.AspNet.Catalog;

/// <summary>One event of a catalogue snapshot, with where it came from and when it last changed.</summary>
public sealed class CatalogEntry
{
    /// <summary>Initializes an entry.</summary>
    /// <param name="event">The event.</param>
    /// <param name="source">Where it came from, such as its file name.</param>
    /// <param name="lastModified">When it last changed: the event's own <see cref="Event.LastModified"/> when set, else the source's time.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public CatalogEntry(Event @event, string source, Instant lastModified)
    {
        ArgumentNullException.ThrowIfNull(@event);
        ArgumentNullException.ThrowIfNull(source);
        Event = @event;
        Source = source;
        LastModified = lastModified;
        Schedule = EventScheduler.Default.Schedule(@event);
    }

    /// <summary>Gets the event.</summary>
    public Event Event { get; }

    /// <summary>Gets where the event came from.</summary>
    public string Source { get; }

    /// <summary>Gets when the event last changed.</summary>
    public Instant LastModified { get; }

    /// <summary>Gets the event's schedule, resolved once.</summary>
    public EventSchedule Schedule { get; }

    /// <summary>Rendered representations by format and item, made at most once per entry.</summary>
    internal ConcurrentDictionary<string, Lazy<Representation>> Renderings { get; } = new(StringComparer.Ordinal);
}
