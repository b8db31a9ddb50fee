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
        var from = Instant.FromUtc(Math.Max(earliestUsed.InUtc().Year, 2), 1, 1, 0, 0) - Duration.FromDays(1);
        var to = Instant.FromUtc(Math.Min(latestUsed.InUtc().Year + 1, 9998), 1, 1, 0, 0) + Duration.FromDays(1);

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
