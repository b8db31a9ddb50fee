using NodaTime;
using NodaTime.TimeZones;

namespace Prb.Events.Hosting;

/// <summary>
/// Decides whether an event falls in a range of dates: the one place that says which dates an event takes place on.
/// An event falls in a range when any of its days does — a two-day event is found by either day, and a gap between
/// days is no day of the event.
/// </summary>
/// <remarks>The seam for events that recur: when the model gains series, their occurrences are days here too, and
/// every filter (the list, the feed, the site) follows.</remarks>
public static class EventDates
{
    /// <summary>Determines whether any day of an event touches the range <paramref name="from"/>–<paramref name="to"/>
    /// (both inclusive, either open), with dates seen in <paramref name="zone"/>.</summary>
    /// <param name="entry">The catalogue entry.</param>
    /// <param name="from">The first date, or null for no lower bound.</param>
    /// <param name="to">The last date, or null for no upper bound.</param>
    /// <param name="zone">The zone the dates are in; null for the event's own zone.</param>
    /// <returns>True when a day of the event is in the range; false for an event whose zone is unknown and a range is given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    public static bool FallsIn(CatalogEntry entry, LocalDate? from, LocalDate? to, DateTimeZone? zone)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (from is null && to is null)
        {
            return true;
        }

        if (entry.Schedule.Zone is not { } eventZone)
        {
            return false;
        }

        foreach (var day in entry.Event.Days)
        {
            var (first, last) = DatesOf(day, eventZone, zone ?? eventZone);
            if ((from is not { } f || last >= f) && (to is not { } t || first <= t))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first and last date a day touches in a zone; a day that ends at midnight does not touch the next date.</summary>
    private static (LocalDate First, LocalDate Last) DatesOf(EventDay day, DateTimeZone eventZone, DateTimeZone zone)
    {
        if (ReferenceEquals(zone, eventZone) || zone.Id == eventZone.Id)
        {
            var endDate = day.End.Local.TimeOfDay == LocalTime.Midnight && day.End.Date > day.Start.Date ? day.End.Date.PlusDays(-1) : day.End.Date;
            return (day.Start.Date, endDate < day.Start.Date ? day.Start.Date : endDate);
        }

        var start = DateIn(day.Start, eventZone, zone, Duration.Zero);
        var end = DateIn(day.End, eventZone, zone, -Duration.Epsilon);
        return (start, end < start ? start : end);
    }

    /// <summary>The date of an event time in another zone; at the edges of the time line, the first or last date NodaTime has.</summary>
    private static LocalDate DateIn(EventTime time, DateTimeZone eventZone, DateTimeZone zone, Duration nudge)
    {
        try
        {
            var instant = time.Offset is { } offset
                ? time.Local.WithOffset(offset).ToInstant()
                : eventZone.ResolveLocal(time.Local, Resolvers.LenientResolver).ToInstant();
            return (instant + nudge).InZone(zone).Date;
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            return time.Local.Year < 1 ? LocalDate.MinIsoValue : LocalDate.MaxIsoValue;
        }
    }
}
