using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using Prb.Events.Ical.Tests.TestSupport;

namespace Prb.Events.Ical.Tests.Internal;

/// <summary>
/// What the exporter resolves of a series before it writes it (SeriesPlan), one behaviour each: the order of EXDATEs
/// and RECURRENCE-ID VEVENTs, UNTIL on the first date, how far the VTIMEZONE reaches, and the refusal of a series
/// iCalendar cannot say (found by mutation testing, see docs/mutation-testing.md).
/// </summary>
public partial class SeriesPlanTests
{
    private static readonly IcalendarExporter Exporter = Samples.Exporter(Samples.WithItems);

    private static readonly LocalDateTime First = new(2027, 1, 12, 17, 0);

    private static EventBuilder Weekly(RecurrenceRule rule, EventTime? start = null, EventTime? end = null) =>
        Event.CreateBuilder(new EventId("seria"), "Seria").InZone("Europe/Warsaw")
            .OnDay(new EventDay(start ?? new EventTime(First), end ?? new EventTime(First.PlusMinutes(90)))).Repeats(rule);

    private static OccurrenceOverride Moved(LocalDate date, LocalDateTime to, string? title = null) =>
        new(date, new EventTime(to), new EventTime(to.PlusMinutes(90)), title);

    private static List<string> Lines(string text, string name) =>
        [.. text.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n").Where(l => l.StartsWith(name, StringComparison.Ordinal))];

    [Fact]
    public void Cancelled_occurrences_are_written_in_date_order()
    {
        var e = Weekly(new RecurrenceRule(RecurrenceFrequency.Weekly, count: 5))
            .CancelOccurrence(new LocalDate(2027, 2, 2)).CancelOccurrence(new LocalDate(2027, 1, 19)).Build();
        var exdates = Lines(Exporter.ToText(e), "EXDATE");
        Assert.Equal("20270119T170000,20270202T170000", string.Join(",", exdates.Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..])));
    }

    [Fact]
    public void Changed_occurrences_are_written_in_order_of_their_original_dates()
    {
        var e = Weekly(new RecurrenceRule(RecurrenceFrequency.Weekly, count: 5))
            .OverrideOccurrence(Moved(new LocalDate(2027, 2, 2), new LocalDateTime(2027, 2, 3, 18, 0)))
            .OverrideOccurrence(Moved(new LocalDate(2027, 1, 19), new LocalDateTime(2027, 1, 20, 18, 0)))
            .Build();
        Assert.Equal(["RECURRENCE-ID;TZID=Europe/Warsaw:20270119T170000", "RECURRENCE-ID;TZID=Europe/Warsaw:20270202T170000"],
            Lines(Exporter.ToText(e), "RECURRENCE-ID"));
    }

    [Fact]
    public void The_vtimezone_reaches_an_occurrence_moved_past_the_end_of_the_series()
    {
        var e = Weekly(new RecurrenceRule(RecurrenceFrequency.Weekly, count: 3))
            .OverrideOccurrence(Moved(new LocalDate(2027, 1, 26), new LocalDateTime(2031, 6, 3, 18, 0))).Build();
        Assert.Equal(2031, LastObservanceYear(Exporter.ToText(e)));
    }

    [Fact]
    public void An_open_ended_series_near_the_end_of_the_calendar_has_its_horizon_cut_at_the_last_year()
    {
        var start = new LocalDateTime(9990, 1, 7, 17, 0);
        var e = Weekly(new RecurrenceRule(RecurrenceFrequency.Weekly), new EventTime(start), new EventTime(start.PlusMinutes(90))).Build();
        var text = Exporter.ToText(e);
        Assert.Single(Lines(text, "RRULE:FREQ=WEEKLY"));
        Assert.InRange(LastObservanceYear(text), 9990, 9999);
    }

    [Fact]
    public void A_first_start_pinned_to_an_offset_is_not_moved_again_when_its_date_is_changed_or_cancelled()
    {
        // 02:30+01:00 on 31 October 2027 is the second 02:30 in Warsaw; a changed or cancelled first date already says
        // what happens on it, so no RECURRENCE-ID VEVENT is added for the pinned instant.
        var start = new LocalDateTime(2027, 10, 31, 2, 30);
        EventBuilder Pinned() => Weekly(new RecurrenceRule(RecurrenceFrequency.Daily, count: 3), new EventTime(start, Offset.FromHours(1)), new EventTime(start.PlusHours(1)));

        var changed = Exporter.ToText(Pinned().OverrideOccurrence(Moved(start.Date, start.PlusHours(5), "Inaczej")).Build());
        Assert.Equal(["RECURRENCE-ID;TZID=Europe/Warsaw:20271031T023000"], Lines(changed, "RECURRENCE-ID"));
        Assert.Contains("SUMMARY:Inaczej", changed, StringComparison.Ordinal);

        var cancelled = Exporter.ToText(Pinned().CancelOccurrence(start.Date).Build());
        Assert.Empty(Lines(cancelled, "RECURRENCE-ID"));
        Assert.Equal(["EXDATE;TZID=Europe/Warsaw:20271031T023000"], Lines(cancelled, "EXDATE"));
    }

    [Fact]
    public void Until_on_the_first_date_of_a_start_pinned_after_the_local_time_is_that_start()
    {
        // The first start is the second 02:30 of 31 October 2027 (01:30Z); the series ends that day, so UNTIL must not
        // fall before it (a client would then drop the first occurrence).
        var start = new LocalDateTime(2027, 10, 31, 2, 30);
        var e = Weekly(new RecurrenceRule(RecurrenceFrequency.Daily, until: start.Date), new EventTime(start, Offset.FromHours(1)), new EventTime(start.PlusHours(1))).Build();
        var text = Exporter.ToText(e);
        Assert.Equal(["RRULE:FREQ=DAILY;UNTIL=20271031T013000Z"], Lines(text, "RRULE"));
    }

    [Fact]
    public void Until_on_the_first_date_of_a_start_pinned_to_an_offset_the_zone_lacks_is_that_start()
    {
        // 17:00-01:00 is 18:00Z, later than 17:00 in Warsaw (16:00Z): UNTIL keeps the first occurrence in.
        var e = Weekly(new RecurrenceRule(RecurrenceFrequency.Daily, until: First.Date), new EventTime(First, Offset.FromHours(-1)), new EventTime(First.PlusHours(2))).Build();
        Assert.Equal(["RRULE:FREQ=DAILY;UNTIL=20270112T180000Z"], Lines(Exporter.ToText(e), "RRULE"));
    }

    [Fact]
    public void A_series_iCalendar_cannot_say_is_refused_with_each_reason_and_the_parameter_named()
    {
        var e = Weekly(new RecurrenceRule(RecurrenceFrequency.Weekly, interval: 0, count: 0)).Build();
        var error = Assert.Throws<ArgumentException>("event", () => Exporter.ToText(e));
        Assert.StartsWith($"The series 'seria' cannot be written as an RFC 5545 recurrence: {DiagnosticCodes.RecurrenceIntervalNotPositive} ", error.Message, StringComparison.Ordinal);
        Assert.Contains($" {DiagnosticCodes.RecurrenceCountNotPositive} ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Until_after_the_first_date_of_a_pinned_start_is_the_start_time_on_that_date()
    {
        var e = Weekly(new RecurrenceRule(RecurrenceFrequency.Daily, until: First.Date.PlusDays(7)), new EventTime(First, Offset.FromHours(-1)), new EventTime(First.PlusHours(2))).Build();
        Assert.Equal(["RRULE:FREQ=DAILY;UNTIL=20270119T160000Z"], Lines(Exporter.ToText(e), "RRULE"));
    }

    [Fact]
    public void The_vtimezone_reaches_the_until_of_a_series_whose_change_is_early()
    {
        var e = Weekly(new RecurrenceRule(RecurrenceFrequency.Weekly, until: new LocalDate(2034, 6, 1)))
            .OverrideOccurrence(Moved(new LocalDate(2027, 1, 19), new LocalDateTime(2027, 1, 20, 18, 0))).Build();
        Assert.Equal(2034, LastObservanceYear(Exporter.ToText(e)));
    }

    [Fact]
    public void The_vtimezone_reaches_the_year_in_which_a_moved_occurrence_ends()
    {
        // A series ending on a date, whose occurrence moved to 23:50 on 31 December 2031 in Warsaw (22:50 UTC) ends at
        // 00:20 UTC on 1 January 2032.
        var e = Weekly(new RecurrenceRule(RecurrenceFrequency.Weekly, until: new LocalDate(2027, 2, 2)))
            .OverrideOccurrence(Moved(new LocalDate(2027, 1, 26), new LocalDateTime(2031, 12, 31, 23, 50))).Build();
        Assert.Equal(2032, LastObservanceYear(Exporter.ToText(e)));
    }

    [Fact]
    public void The_vtimezone_reaches_the_year_in_which_the_last_occurrence_ends_after_new_year()
    {
        // The last occurrence starts at 23:00 on 31 December 2033 in Warsaw (22:00 UTC) and ends at 02:00 on 1 January
        // 2034: the VTIMEZONE holds the observances of 2034, the year the series ends in.
        var start = new LocalDateTime(2033, 12, 29, 23, 0);
        var e = Weekly(new RecurrenceRule(RecurrenceFrequency.Daily, until: new LocalDate(2033, 12, 31)), new EventTime(start), new EventTime(start.PlusHours(3))).Build();
        Assert.Equal(2034, LastObservanceYear(Exporter.ToText(e)));
    }

    [Fact]
    public void The_vtimezone_of_an_open_ended_series_reaches_the_end_of_the_occurrence_at_its_horizon()
    {
        // Ten years after a first occurrence from 23:00 on 31 December 2027 to 02:00 the next day, the occurrence at the
        // horizon ends on 1 January 2038: the observances of 2038 are written.
        var start = new LocalDateTime(2027, 12, 31, 23, 0);
        var e = Weekly(new RecurrenceRule(RecurrenceFrequency.Yearly), new EventTime(start), new EventTime(start.PlusHours(3))).Build();
        Assert.Equal(2027 + IcalendarExportOptions.DefaultSeriesHorizonYears + 1, LastObservanceYear(Exporter.ToText(e)));
    }

    private static int LastObservanceYear(string text)
    {
        var zone = VTimeZonePattern().Match(text).Value;
        return ObservanceStartPattern().Matches(zone).Max(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"BEGIN:VTIMEZONE\r\n.*?END:VTIMEZONE\r\n", RegexOptions.Singleline)]
    private static partial Regex VTimeZonePattern();

    [GeneratedRegex(@"\r\nDTSTART:(\d{4})")]
    private static partial Regex ObservanceStartPattern();
}
