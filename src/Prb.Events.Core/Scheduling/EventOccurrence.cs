using NodaTime;

namespace Prb.Events;

/// <summary>
/// One time an event takes place, with its times resolved to instants: an occurrence of a series, or one day of a
/// one-off event. A two-day event takes place twice, each day with its own hours and nothing between them.
/// </summary>
/// <remarks>Made by <see cref="EventScheduler.Occurrences"/> and <see cref="EventSchedule.Occurrences"/>. Immutable.</remarks>
public sealed class EventOccurrence
{
    internal EventOccurrence(Event @event, LocalDate originalDate, ZonedDateTime start, ZonedDateTime end, OccurrenceOverride? @override)
    {
        Event = @event;
        OriginalDate = originalDate;
        Start = start;
        End = end;
        Override = @override;
    }

    /// <summary>Gets the event.</summary>
    public Event Event { get; }

    /// <summary>Gets the local date that names the occurrence: the date the rule gives it (before any move) for a series,
    /// the day's date for a one-off event.</summary>
    public LocalDate OriginalDate { get; }

    /// <summary>Gets when the occurrence starts.</summary>
    public ZonedDateTime Start { get; }

    /// <summary>Gets when the occurrence ends.</summary>
    public ZonedDateTime End { get; }

    /// <summary>Gets the override that moved or changed this occurrence, or null.</summary>
    public OccurrenceOverride? Override { get; }

    /// <summary>Gets the title: the override's, or the event's.</summary>
    public string Title => Override?.Title ?? Event.Title;

    /// <summary>Gets the description: the override's, or the event's.</summary>
    public string? Description => Override?.Description ?? Event.Description;

    /// <summary>Gets the status: the override's, or the event's.</summary>
    public EventStatus Status => Override?.Status ?? Event.Status;

    /// <summary>Gets the elapsed time from start to end.</summary>
    public Duration Duration => End.ToInstant() - Start.ToInstant();

    /// <summary>Gets whether the occurrence takes place at the given instant.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>True when it is not cancelled and the instant is at or after its start and before its end.</returns>
    public bool IsOnAt(Instant instant) => Status != EventStatus.Cancelled && Start.ToInstant() <= instant && instant < End.ToInstant();

    /// <summary>Returns the same occurrence shown in another zone.</summary>
    /// <param name="zone">The zone.</param>
    /// <returns>The occurrence in that zone.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public EventOccurrence InZone(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return new EventOccurrence(Event, OriginalDate, Start.WithZone(zone), End.WithZone(zone), Override);
    }

    /// <summary>Returns the title and the start.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Title} {Start}";
}
