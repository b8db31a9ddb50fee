using NodaTime;

namespace Prb.Events;

/// <summary>The agenda items that start on one date in one zone, in order of their start, and the occurrences of the
/// event that start on it when the days were asked for a window.</summary>
public sealed class AgendaDay
{
    internal AgendaDay(LocalDate date, DateTimeZone zone, IReadOnlyList<ScheduledItem> items, IReadOnlyList<EventOccurrence>? occurrences = null)
    {
        Occurrences = occurrences ?? [];
        Date = date;
        Zone = zone;
        Items = items;
    }

    /// <summary>Gets the date in <see cref="Zone"/>.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the zone the day is shown in.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the items that start on that date, earliest first.</summary>
    public IReadOnlyList<ScheduledItem> Items { get; }

    /// <summary>Gets the occurrences of the event that start on that date, earliest first: filled by
    /// <see cref="EventSchedule.ByDay(Interval, DateTimeZone)"/>, empty from the overloads without a window.</summary>
    public IReadOnlyList<EventOccurrence> Occurrences { get; }
}
