using NodaTime;
using NodaTime.TimeZones;

namespace Prb.Events.Hosting;

/// <summary>
/// Decides whether an event falls in a range of dates: the one place that says which dates an event takes place on.
/// An event falls in a range when any of its days does — a two-day event is found by either day, and a gap between
/// days is no day of the event. A series falls in a range when one of its occurrences does: a cancelled occurrence is
/// no date of the series, and a moved one is found at its new date, not at the date the rule gave it.
/// </summary>
/// <remarks>
/// <para>A series is expanded lazily over the range only (<see cref="EventSchedule.Occurrences"/>), and the expansion
/// stops at the first occurrence in the range, so the work is bounded by the range and not by the series.</para>
/// <para>An open-ended series with no upper bound (<c>from</c> alone) matches when it has any occurrence that ends on or
/// after <c>from</c>; the expansion starts at <c>from</c> and stops at the first such occurrence, which a rule that still
/// gives dates reaches within one period (plus the finitely many cancelled ones). With no lower bound (<c>to</c> alone)
/// the expansion starts at the series' first occurrence and stops at <c>to</c>.</para>
/// <para>Every filter of the catalogue (the list, the feeds, the site) asks this class, so they all agree.</para>
/// </remarks>
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

        // No pattern variable is used after its condition in this class: a mutated condition would leave it unassigned,
        // and the mutation testing tool would then leave the whole method unmutated (see docs/mutation-testing.md).
        var eventZone = entry.Schedule.Zone;
        if (eventZone is null)
        {
            return false;
        }

        if (entry.Event.IsSeries)
        {
            return AnyOccurrenceIn(entry.Schedule, from, to, zone ?? eventZone);
        }

        foreach (var day in entry.Event.Days)
        {
            var (first, last) = DatesOf(day, eventZone, zone ?? eventZone);
            if ((from is null || last >= from.Value) && (to is null || first <= to.Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether an occurrence of a series, not cancelled, touches the dates from–to in a zone: it ends after the
    /// start of <paramref name="from"/> (or starts at it) and starts before the end of <paramref name="to"/>.</summary>
    private static bool AnyOccurrenceIn(EventSchedule schedule, LocalDate? from, LocalDate? to, DateTimeZone zone)
    {
        var start = from is null ? null : StartOfDate(from.Value, zone);
        var end = to is null ? null : StartOfDate(to.Value, zone, nextDate: true);
        if (end <= start)
        {
            return false;
        }

        foreach (var occurrence in schedule.Occurrences(new Interval(start, end)))
        {
            if (occurrence.Status == EventStatus.Cancelled)
            {
                continue;
            }

            var occurrenceStart = occurrence.Start.ToInstant();
            if (occurrenceStart >= end)
            {
                return false;
            }

            if (start is null || occurrence.End.ToInstant() > start || occurrenceStart >= start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The instant a date (or the date after it) starts in a zone; null past the end of the time line (no bound).</summary>
    private static Instant? StartOfDate(LocalDate date, DateTimeZone zone, bool nextDate = false)
    {
        try
        {
            return (nextDate ? date.PlusDays(1) : date).AtStartOfDayInZone(zone).ToInstant();
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            return null;
        }
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

    /// <summary>The date of an event time in another zone; past the end of the time line, the last date NodaTime has.</summary>
    /// <remarks>Only the end can be passed: an event's dates start in the year 1 (<see cref="EventLimits.MinDate"/>), and
    /// NodaTime's dates go back to the year -9998, so no offset takes an event time before them.</remarks>
    private static LocalDate DateIn(EventTime time, DateTimeZone eventZone, DateTimeZone zone, Duration nudge)
    {
        try
        {
            var instant = time.Offset switch
            {
                { } offset => time.Local.WithOffset(offset).ToInstant(),
                null => eventZone.ResolveLocal(time.Local, Resolvers.LenientResolver).ToInstant(),
            };
            return (instant + nudge).InZone(zone).Date;
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            return LocalDate.MaxIsoValue;
        }
    }
}
