using System.Globalization;
using Microsoft.Extensions.Localization;
using NodaTime;
using NodaTime.Text;

namespace Prb.Events.Samples.Web.Site;

/// <summary>One line saying how a series repeats, in the words of the site's resources: "co drugi wtorek, 17:00" /
/// "every second Tuesday, 17:00". The time is the series' local time in the event's own zone, as announced; when the
/// viewer has chosen another zone, the event's is named after it ("17:00 Europe/Warsaw"), since the hour in the viewer's
/// zone moves when only one of the two changes its clocks.</summary>
/// <remarks>Only the rules people announce get words: every day; every week or every second week on one day; the first
/// to fourth or the last weekday of every month. Any other rule (several days, month days, months, other intervals) is
/// the plain "Repeats" label, and the page lists its next dates instead, so nothing is said that the rule does not mean.
/// Polish needs the gender of the weekday for its ordinals ("co drugi wtorek", "co drugą środę"): the resources carry it
/// as <c>Day.{Day}.Gender</c>.</remarks>
internal static class SeriesText
{
    private static readonly LocalTimePattern Time = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    /// <summary>The line for a series, or null when the event is not one.</summary>
    /// <param name="event">The event.</param>
    /// <param name="text">The site's words.</param>
    /// <param name="culture">The culture of dates.</param>
    /// <param name="shownZone">The zone the page shows other times in, or null for the event's own.</param>
    public static string? Describe(Event @event, IStringLocalizer<SiteText> text, CultureInfo culture, DateTimeZone? shownZone = null)
    {
        if (@event.Series is not { } series)
        {
            return null;
        }

        var rule = series.Rule;
        var words = Words(rule, @event.Days[0].Start.Date.DayOfWeek, text);
        var zoneNote = (shownZone?.Id ?? @event.TimeZoneId) == @event.TimeZoneId ? string.Empty : " " + @event.TimeZoneId;
        var line = words is null ? text["Repeats"].Value : $"{words}, {Time.Format(@event.Days[0].Start.Local.TimeOfDay)}{zoneNote}";
        if (rule.Until is { } until)
        {
            line += " " + text["Repeats.Until", CultureDates.DayMonthYear(until, culture)].Value;
        }

        return line;
    }

    private static string? Words(RecurrenceRule rule, IsoDayOfWeek firstDay, IStringLocalizer<SiteText> text)
    {
        if (rule.ByMonth.Count > 0 || rule.ByMonthDay.Count > 0 || rule.ByDay.Count > 1)
        {
            return null;
        }

        RecurrenceWeekday? byDay = rule.ByDay.Count == 1 ? rule.ByDay[0] : null;
        if (rule.Frequency == RecurrenceFrequency.Daily && rule.Interval == 1 && byDay is null)
        {
            return text["Repeats.Daily"].Value;
        }

        if (rule.Frequency == RecurrenceFrequency.Weekly && rule.Interval is 1 or 2)
        {
            var day = byDay?.Day ?? firstDay;
            var every = text["Repeats.Weekly." + rule.Interval.ToString(CultureInfo.InvariantCulture) + "." + Gender(day, text)].Value;
            return every + " " + text["Day." + day].Value;
        }

        return rule.Frequency == RecurrenceFrequency.Monthly && rule.Interval == 1 ? Monthly(byDay, text) : null;
    }

    /// <summary>The first to fourth or the last weekday of every month; a switch whose pattern variable lives only in its
    /// arm, so no mutant can leave it unassigned (see docs/mutation-testing.md).</summary>
    private static string? Monthly(RecurrenceWeekday? byDay, IStringLocalizer<SiteText> text) => byDay switch
    {
        { Ordinal: >= 1 and <= 4 or -1 } nth => text[
            "Repeats.Monthly",
            text["Ordinal." + nth.Ordinal.ToString(CultureInfo.InvariantCulture) + "." + Gender(nth.Day, text)].Value,
            text["Day." + nth.Day].Value].Value,
        _ => null,
    };

    private static string Gender(IsoDayOfWeek day, IStringLocalizer<SiteText> text) => text["Day." + day + ".Gender"].Value;
}
