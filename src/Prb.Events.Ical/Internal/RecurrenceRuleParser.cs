using System.Globalization;
using NodaTime;

namespace Prb.Events.Ical.Internal;

/// <summary>Reads the value of an RRULE into a <see cref="RecurrenceRule"/> for what the model holds: FREQ (daily to
/// yearly), INTERVAL, BYDAY (with ordinals), BYMONTHDAY, BYMONTH, UNTIL, COUNT and WKST. Anything else, or a value the
/// model refuses, is named in <see cref="Result.NotHeld"/> and no rule is made: the caller imports the first occurrence
/// and reports exactly those parts, so nothing is silently changed.</summary>
internal static class RecurrenceRuleParser
{
    private static readonly string[] DayCodes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

    /// <summary>The outcome: a rule, or the parts of the value that the model cannot hold.</summary>
    /// <param name="Rule">The rule, when every part is held.</param>
    /// <param name="NotHeld">What cannot be held, one entry per part, each naming it (empty when <paramref name="Rule"/> is set).</param>
    internal sealed record Result(RecurrenceRule? Rule, IReadOnlyList<string> NotHeld);

    /// <summary>Parses an RRULE value for an event starting at <paramref name="start"/> (local) in <paramref name="zone"/>
    /// (null for a floating time). A UTC UNTIL becomes the local date of the last start it allows in that zone.</summary>
    internal static Result Parse(string value, LocalDateTime start, DateTimeZone? zone)
    {
        var notHeld = new List<string>();
        RecurrenceFrequency? frequency = null;
        var interval = 1;
        var byDay = new List<RecurrenceWeekday>();
        var byMonthDay = new List<int>();
        var byMonth = new List<int>();
        LocalDate? until = null;
        int? count = null;
        string? weekStart = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in value.Trim().Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = (equals < 0 ? part : part[..equals]).Trim().ToUpperInvariant();
            var text = equals < 0 ? string.Empty : part[(equals + 1)..].Trim();
            if (!seen.Add(name))
            {
                notHeld.Add($"{name} given twice");
                continue;
            }

            switch (name)
            {
                case "FREQ":
                    frequency = text.ToUpperInvariant() switch
                    {
                        "DAILY" => RecurrenceFrequency.Daily,
                        "WEEKLY" => RecurrenceFrequency.Weekly,
                        "MONTHLY" => RecurrenceFrequency.Monthly,
                        "YEARLY" => RecurrenceFrequency.Yearly,
                        _ => null,
                    };
                    if (frequency is null)
                    {
                        notHeld.Add($"FREQ={text}");
                    }

                    break;
                case "INTERVAL":
                    if (!TryPositive(text, out interval))
                    {
                        notHeld.Add($"INTERVAL={text} (not a positive whole number)");
                    }

                    break;
                case "COUNT":
                    if (TryPositive(text, out var c))
                    {
                        count = c;
                    }
                    else
                    {
                        notHeld.Add($"COUNT={text} (not a positive whole number)");
                    }

                    break;
                case "BYDAY":
                    foreach (var item in text.Split(','))
                    {
                        try
                        {
                            byDay.Add(RecurrenceWeekday.Parse(item.Trim().ToUpperInvariant()));
                        }
                        catch (FormatException)
                        {
                            notHeld.Add($"BYDAY value '{item}'");
                        }
                    }

                    break;
                case "BYMONTHDAY":
                    Numbers(text, name, byMonthDay, n => n is (>= 1 and <= 31) or (>= -31 and <= -1), notHeld);
                    break;
                case "BYMONTH":
                    Numbers(text, name, byMonth, n => n is >= 1 and <= 12, notHeld);
                    break;
                case "UNTIL":
                    until = Until(text, start, zone, notHeld);
                    break;
                case "WKST":
                    weekStart = text.ToUpperInvariant();
                    if (Array.IndexOf(DayCodes, weekStart) < 0)
                    {
                        notHeld.Add($"WKST={text}");
                    }

                    break;
                default:
                    notHeld.Add(equals < 0 ? name : $"{name}={text}");
                    break;
            }
        }

        if (frequency is null && !seen.Contains("FREQ"))
        {
            notHeld.Add("a rule without FREQ");
        }

        if (until is not null && count is not null)
        {
            notHeld.Add("UNTIL and COUNT together");
        }

        // The model's weeks start on Monday. The start of the week only changes the dates of a weekly rule with an
        // interval above 1 and more than one day (RFC 5545 section 3.3.10); anywhere else another WKST is harmless.
        if (weekStart is not null and not "MO" && frequency == RecurrenceFrequency.Weekly && interval > 1 && byDay.Count > 1)
        {
            notHeld.Add($"WKST={weekStart} (the model's weeks start on Monday, which would change the dates of this rule)");
        }

        if (notHeld.Count > 0 || frequency is null)
        {
            return new Result(null, notHeld);
        }

        try
        {
            return new Result(new RecurrenceRule(frequency.GetValueOrDefault(), interval, byDay, byMonthDay, byMonth, until, count), []);
        }
        catch (ArgumentException e)
        {
            return new Result(null, [e.Message]);
        }
    }

    private static LocalDate? Until(string text, LocalDateTime start, DateTimeZone? zone, List<string> notHeld)
    {
        if (text.Length == 8 && IcalValues.TryParseDate(text, out var date))
        {
            return date;
        }

        if (!IcalValues.TryParseDateTime(text, out var local, out var isUtc))
        {
            notHeld.Add($"UNTIL={text} (not a date or date-time)");
            return null;
        }

        try
        {
            // The last start the instant allows: its local date, or the date before when the series' time of day on
            // that date comes after it.
            var last = isUtc && zone is not null ? local.InUtc().ToInstant().InZone(zone).LocalDateTime : local;
            return last.TimeOfDay >= start.TimeOfDay ? last.Date : last.Date.PlusDays(-1);
        }
        catch (Exception e) when (e is ArgumentException or OverflowException)
        {
            notHeld.Add($"UNTIL={text} (outside the calendar)");
            return null;
        }
    }

    private static void Numbers(string text, string name, List<int> into, Func<int, bool> valid, List<string> notHeld)
    {
        foreach (var item in text.Split(','))
        {
            if (int.TryParse(item.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && valid(n))
            {
                into.Add(n);
            }
            else
            {
                notHeld.Add($"{name} value '{item}'");
            }
        }
    }

    private static bool TryPositive(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= 1;
}
