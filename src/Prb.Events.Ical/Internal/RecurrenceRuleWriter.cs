using NodaTime;

namespace Prb.Events.Ical.Internal;

/// <summary>Writes the value of an RRULE from a <see cref="RecurrenceRule"/>: <c>FREQ</c>, <c>INTERVAL</c> when it is
/// not 1, <c>BYMONTH</c>, <c>BYMONTHDAY</c>, <c>BYDAY</c> (with ordinals), then <c>UNTIL</c> as a UTC instant or
/// <c>COUNT</c>, and <c>WKST=MO</c> where the start of the week changes the dates (a weekly rule with an interval).</summary>
/// <remarks>The caller gives the end: the model's <see cref="RecurrenceRule.Until"/> is a local date, and RFC 5545
/// (section 3.3.10) wants UNTIL in UTC when DTSTART has a TZID, so the caller turns the date into an instant through the
/// zone (see <see cref="SeriesPlan"/>).</remarks>
internal static class RecurrenceRuleWriter
{
    private static readonly string[] DayCodes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

    internal static void Write(ContentLineWriter writer, RecurrenceRule rule, Instant? untilUtc)
    {
        writer.Begin("RRULE");
        writer.ValueStart();
        writer.Ascii("FREQ=");
        writer.Ascii(rule.Frequency switch
        {
            RecurrenceFrequency.Daily => "DAILY",
            RecurrenceFrequency.Weekly => "WEEKLY",
            RecurrenceFrequency.Monthly => "MONTHLY",
            _ => "YEARLY",
        });
        if (rule.Interval != 1)
        {
            writer.Ascii(";INTERVAL=");
            writer.Integer(rule.Interval);
        }

        if (rule.ByMonth.Count > 0)
        {
            writer.Ascii(";BYMONTH=");
            Numbers(writer, rule.ByMonth);
        }

        if (rule.ByMonthDay.Count > 0)
        {
            writer.Ascii(";BYMONTHDAY=");
            Numbers(writer, rule.ByMonthDay);
        }

        if (rule.ByDay.Count > 0)
        {
            writer.Ascii(";BYDAY=");
            for (var i = 0; i < rule.ByDay.Count; i++)
            {
                if (i > 0)
                {
                    writer.Ascii(',');
                }

                var day = rule.ByDay[i];
                if (day.Ordinal != 0)
                {
                    SignedInteger(writer, day.Ordinal);
                }

                writer.Ascii(DayCodes[(int)day.Day - 1]);
            }
        }

        if (untilUtc is { } until)
        {
            writer.Ascii(";UNTIL=");
            writer.UtcDateTime(until);
        }
        else if (rule.Count is { } c)
        {
            writer.Ascii(";COUNT=");
            writer.Integer(c);
        }

        if (rule.Frequency == RecurrenceFrequency.Weekly && rule.Interval > 1)
        {
            writer.Ascii(";WKST=MO");
        }

        writer.End();
    }

    private static void Numbers(ContentLineWriter writer, IReadOnlyList<int> numbers)
    {
        for (var i = 0; i < numbers.Count; i++)
        {
            if (i > 0)
            {
                writer.Ascii(',');
            }

            SignedInteger(writer, numbers[i]);
        }
    }

    private static void SignedInteger(ContentLineWriter writer, int value)
    {
        if (value < 0)
        {
            writer.Ascii('-');
        }

        writer.Integer(Math.Abs(value));
    }
}
