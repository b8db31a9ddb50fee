using NodaTime;

namespace Prb.Events;

/// <summary>An agenda item with its times resolved to instants, shown in one zone.</summary>
public sealed class ScheduledItem
{
    internal ScheduledItem(AgendaItem item, int index, ZonedDateTime start, ZonedDateTime end)
    {
        Item = item;
        Index = index;
        Start = start;
        End = end;
    }

    /// <summary>Gets the agenda item.</summary>
    public AgendaItem Item { get; }

    /// <summary>Gets the item's position in the event's agenda.</summary>
    public int Index { get; }

    /// <summary>Gets the start in the zone this item is shown in.</summary>
    public ZonedDateTime Start { get; }

    /// <summary>Gets the end in the zone this item is shown in.</summary>
    public ZonedDateTime End { get; }

    /// <summary>Gets the elapsed time from start to end: an item across a change of clocks has its true length.</summary>
    public Duration Duration => End.ToInstant() - Start.ToInstant();

    /// <summary>Gets whether the item takes place at the given instant.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>True when the item is not cancelled and the instant is at or after its start and before its end.</returns>
    public bool IsOnAt(Instant instant) =>
        Item.Status != AgendaItemStatus.Cancelled && Start.ToInstant() <= instant && instant < End.ToInstant();

    /// <summary>Returns the same item shown in another zone.</summary>
    /// <param name="zone">The zone, such as an attendee's own.</param>
    /// <returns>The item in that zone.</returns>
    public ScheduledItem InZone(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return new ScheduledItem(Item, Index, Start.WithZone(zone), End.WithZone(zone));
    }
}
