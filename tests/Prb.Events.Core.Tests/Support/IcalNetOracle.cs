using System.Globalization;
using System.Text;
using Ical.Net;
using Ical.Net.DataTypes;
using Ical.Net.Evaluation;
using NodaTime;

namespace Prb.Events.Tests.Support;

/// <summary>Ical.Net's RRULE evaluator as an independent oracle: the same series written as an iCalendar VEVENT with a
/// TZID start, an RRULE and EXDATEs, evaluated by Ical.Net 5, its occurrences read back as instants.</summary>
internal static class IcalNetOracle
{
    // Ical.Net does not promise that loading and evaluating calendars on several threads at once is safe, and the
    // property tests sample on several threads: the oracle runs one calendar at a time.
    private static readonly Lock Gate = new();

    /// <summary>Writes the VEVENT of a one-day series event.</summary>
    public static string ToIcs(Event e)
    {
        var day = e.Days[0];
        var rule = e.Series!.Rule;
        var zone = DateTimeZoneProviders.Tzdb[e.TimeZoneId];
        var text = new StringBuilder();
        text.Append("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//prb-events//oracle//EN\r\nBEGIN:VEVENT\r\nUID:oracle\r\nDTSTAMP:20200101T000000Z\r\n");
        text.Append(CultureInfo.InvariantCulture, $"DTSTART;TZID={e.TimeZoneId}:{Local(day.Start.Local)}\r\n");
        text.Append(CultureInfo.InvariantCulture, $"DTEND;TZID={e.TimeZoneId}:{Local(day.End.Local)}\r\n");
        var rrule = rule.ToString();
        if (rule.Until is { } until)
        {
            // The last instant of the local date, in UTC, as RFC 5545 wants UNTIL with a zoned DTSTART.
            var end = zone.AtStartOfDay(until.PlusDays(1)).ToInstant() - NodaTime.Duration.FromSeconds(1);
            rrule = rrule.Replace(FormattableString.Invariant($"UNTIL={until.Year:D4}{until.Month:D2}{until.Day:D2}"),
                "UNTIL=" + end.InUtc().LocalDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        text.Append("RRULE:").Append(rrule).Append(";WKST=MO\r\n");
        foreach (var date in e.Series.CancelledDates)
        {
            text.Append(CultureInfo.InvariantCulture, $"EXDATE;TZID={e.TimeZoneId}:{Local(date.At(day.Start.Local.TimeOfDay))}\r\n");
        }

        text.Append("END:VEVENT\r\nEND:VCALENDAR\r\n");
        return text.ToString();
    }

    /// <summary>The starts and ends of the occurrences Ical.Net gives that start before <paramref name="to"/>.</summary>
    public static List<(Instant Start, Instant End)> Occurrences(Event e, Instant to)
    {
        lock (Gate)
        {
            return Evaluate(e, to);
        }
    }

    private static List<(Instant Start, Instant End)> Evaluate(Event e, Instant to)
    {
        var calendar = Ical.Net.Calendar.Load(ToIcs(e))!;
        var limit = new CalDateTime(to.ToDateTimeUtc(), "UTC");
        var result = new List<(Instant, Instant)>();
        foreach (var occurrence in calendar.Events.Single().GetOccurrences(null, new EvaluationOptions { MaxUnmatchedIncrementsLimit = 200_000 }).TakeWhileBefore(limit))
        {
            var start = Instant.FromDateTimeUtc(DateTime.SpecifyKind(occurrence.Period.StartTime.AsUtc, DateTimeKind.Utc));
            var end = Instant.FromDateTimeUtc(DateTime.SpecifyKind(occurrence.Period.EffectiveEndTime!.AsUtc, DateTimeKind.Utc));
            result.Add((start, end));
        }

        return result;
    }

    private static string Local(LocalDateTime local) => local.ToString("uuuuMMdd'T'HHmmss", CultureInfo.InvariantCulture);
}
