using NodaTime;
using NodaTime.TimeZones;

namespace Prb.Events.Ical.Internal;

/// <summary>
/// Writes a VTIMEZONE from the tz database: one observance per zone interval, each with the DTSTART of its own
/// transition and no RRULE, from the interval in force at the start of the earliest year used to the one in force at
/// the end of the latest. Historical dates get the rules that held then, not today's.
/// </summary>
internal static class VTimeZoneWriter
{
    private static readonly LocalDateTime Earliest = new(1601, 1, 1, 0, 0);

    internal static void Write(ContentLineWriter writer, DateTimeZone zone, Instant earliestUsed, Instant latestUsed)
    {
        // From the start of the earliest year used to the start of the year after the latest, kept within the years
        // 2 to 9999 and never empty: times in UTC's year 0 (the first hours of year 1 east of Greenwich) or in the years
        // 9998 and 9999 would otherwise make a window that ends before it starts.
        var fromYear = Math.Clamp(earliestUsed.InUtc().Year, 2, 9999);
        var toYear = Math.Clamp(latestUsed.InUtc().Year + 1, fromYear + 1, 10000);
        var from = Instant.FromUtc(fromYear, 1, 1, 0, 0) - Duration.FromDays(1);
        var to = toYear <= 9999 ? Instant.FromUtc(toYear, 1, 1, 0, 0) + Duration.FromDays(1) : Instant.FromUtc(9999, 12, 31, 0, 0);

        writer.AsciiLine("BEGIN", "VTIMEZONE");
        writer.TextLine("TZID", zone.Id);
        writer.TextLine("X-LIC-LOCATION", zone.Id);
        foreach (var interval in zone.GetZoneIntervals(new Interval(from, to)))
        {
            WriteObservance(writer, zone, interval);
        }

        writer.AsciiLine("END", "VTIMEZONE");
    }

    private static void WriteObservance(ContentLineWriter writer, DateTimeZone zone, ZoneInterval interval)
    {
        var kind = interval.Savings != Offset.Zero ? "DAYLIGHT" : "STANDARD";
        Offset offsetFrom;
        LocalDateTime start;
        if (interval.HasStart)
        {
            offsetFrom = zone.GetZoneInterval(interval.Start - Duration.Epsilon).WallOffset;
            start = interval.Start.WithOffset(offsetFrom).LocalDateTime;
        }
        else
        {
            offsetFrom = interval.WallOffset;
            start = Earliest;
        }

        writer.AsciiLine("BEGIN", kind);
        writer.Begin("DTSTART");
        writer.ValueStart();
        writer.LocalDateTime(start);
        writer.End();
        writer.Begin("TZOFFSETFROM");
        writer.ValueStart();
        writer.UtcOffset(offsetFrom);
        writer.End();
        writer.Begin("TZOFFSETTO");
        writer.ValueStart();
        writer.UtcOffset(interval.WallOffset);
        writer.End();
        if (!string.IsNullOrEmpty(interval.Name))
        {
            writer.TextLine("TZNAME", interval.Name);
        }

        writer.AsciiLine("END", kind);
    }
}
