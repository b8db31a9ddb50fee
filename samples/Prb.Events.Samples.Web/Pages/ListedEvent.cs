using NodaTime;
using Prb.Events.Hosting;

namespace Prb.Events.Samples.Web.Pages;

/// <summary>One event in the list: its dates as the viewer sees them, and whether it is over. A series is listed once,
/// with the dates of its next occurrence (the one on now, or the next to start), or of its last one when it is over.</summary>
public sealed record ListedEvent(CatalogEntry Entry, LocalDate? First, LocalDate? Last, bool IsPast)
{
    /// <summary>The tag that marks an example event (made by <c>prb-events examples</c>), shown as such on the site.</summary>
    public const string ExampleTag = "example";

    public bool IsExample => Entry.Event.Tags.Contains(ExampleTag, StringComparer.Ordinal);

    public YearMonth? Month => First is { } first ? first.ToYearMonth() : null;

    /// <summary>Places an entry on the time line: its first and last date in <paramref name="zone"/> (the event's own
    /// zone when null), and past when it ended before <paramref name="now"/>. Dates at the very edge of the time line,
    /// which NodaTime cannot show in another zone, are left unknown rather than failing the page.</summary>
    public static ListedEvent Of(CatalogEntry entry, DateTimeZone? zone, Instant now)
    {
        if (entry.Event.IsSeries)
        {
            return OfSeries(entry, zone, now);
        }

        // A switch whose pattern variables live only in their arm: no mutant can leave them unassigned (see docs/mutation-testing.md).
        return (entry.Schedule.Start, entry.Schedule.End) switch
        {
            ({ } start, { } end) => OfOneOff(entry, start, end, zone, now),
            _ => new ListedEvent(entry, null, null, false),
        };
    }

    private static ListedEvent OfOneOff(CatalogEntry entry, ZonedDateTime start, ZonedDateTime end, DateTimeZone? zone, Instant now)
    {
        try
        {
            var shownIn = zone ?? start.Zone;
            var endInstant = end.ToInstant();
            var first = start.ToInstant().InZone(shownIn).Date;
            var last = (endInstant - Duration.Epsilon).InZone(shownIn).Date;
            return new ListedEvent(entry, first, last < first ? first : last, endInstant <= now);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            return new ListedEvent(entry, null, null, start.Year < 0);
        }
    }

    /// <summary>A series on the time line by one occurrence, cancelled ones never: the first that has not ended by
    /// <paramref name="now"/> (found by expanding from now until the first hit), else the last before now (a series that
    /// is over has an end, so that expansion is bounded by its own length).</summary>
    private static ListedEvent OfSeries(CatalogEntry entry, DateTimeZone? zone, Instant now)
    {
        var next = entry.Schedule.Occurrences(new Interval(now, null)).FirstOrDefault(o => o.Status != EventStatus.Cancelled && o.End.ToInstant() > now);
        var shown = next ?? entry.Schedule.Occurrences(new Interval(null, now)).LastOrDefault(o => o.Status != EventStatus.Cancelled);
        if (shown is null)
        {
            return new ListedEvent(entry, null, null, false);
        }

        try
        {
            var shownIn = zone ?? shown.Start.Zone;
            var first = shown.Start.ToInstant().InZone(shownIn).Date;
            var last = (shown.End.ToInstant() - Duration.Epsilon).InZone(shownIn).Date;
            return new ListedEvent(entry, first, last < first ? first : last, next is null);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            return new ListedEvent(entry, null, null, next is null);
        }
    }
}
