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
        else if (EveryMonthImplied(rule))
        {
            writer.Ascii(";BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12");
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

    /// <summary>Whether a yearly rule gives month days in every month without naming months. RFC 5545's table says
    /// BYMONTHDAY expands a yearly period, and the model reads it so; Ical.Net 5.2.4 and ical.js 2.2.1 keep DTSTART's
    /// month instead. Naming all twelve months says the same dates to all of them. Not when the rule also has a weekday
    /// with an ordinal, which counts in the year without months and in the month with them.</summary>
    private static bool EveryMonthImplied(RecurrenceRule rule) =>
        rule.Frequency == RecurrenceFrequency.Yearly && rule.ByMonthDay.Count > 0 && rule.ByDay.All(d => d.Ordinal == 0);

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
