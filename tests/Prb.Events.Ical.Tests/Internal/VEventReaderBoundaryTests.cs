using NodaTime;

namespace Prb.Events.Ical.Tests.Internal;

/// <summary>
/// Boundaries of the VEVENT reader, through the public importer, one behaviour each: which broken property costs only
/// itself and which the event, and the diagnostic a user gets for it — its code, severity, the line and property it
/// points at, and the words that say what happened (found by mutation testing, see docs/mutation-testing.md).
/// </summary>
public class VEventReaderBoundaryTests
{
    private static readonly IcalendarImporter Importer = new();

    /// <summary>The physical line of the first property given to <see cref="VEvent"/> (after BEGIN:VCALENDAR,
    /// VERSION, PRODID, BEGIN:VEVENT, UID and DTSTAMP).</summary>
    private const int FirstPropertyLine = 7;

    private static string Calendar(params string[] components) =>
        ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Test//Test//EN\n" + string.Join("\n", components) + "\nEND:VCALENDAR\n").Replace("\n", "\r\n", StringComparison.Ordinal);

    private static string VEvent(string uid, params string[] properties) =>
        $"BEGIN:VEVENT\nUID:{uid}\nDTSTAMP:20111108T120000Z\n{string.Join("\n", properties)}\nEND:VEVENT";

    private static IcalendarImportResult Read(params string[] properties) => Importer.Read(Calendar(VEvent("a@x", properties)));

    private static (string Code, DiagnosticSeverity Severity, int? Line, string? Element, string Message) Shape(Diagnostic d) =>
        (d.Code, d.Severity, d.Location.Line, d.Location.Element, d.Message);

    /// <summary>The one diagnostic that is not an Info note (the importer notes the zone it chose for a floating event).</summary>
    private static Diagnostic Problem(IcalendarImportResult result) => Assert.Single(result.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);

    /// <summary>Asserts that the import reported nothing but Info notes.</summary>
    private static void NoProblems(IcalendarImportResult result) => Assert.DoesNotContain(result.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);

    private static Instant InstantOf(Event e, EventTime time) =>
        time.Offset is { } offset
            ? time.Local.WithOffset(offset).ToInstant()
            : DateTimeZoneProviders.Tzdb[e.TimeZoneId].ResolveLocal(time.Local, NodaTime.TimeZones.Resolvers.LenientResolver).ToInstant();

    // UID

    [Theory]
    [InlineData("BEGIN:VEVENT\nDTSTART:20111109T100000Z\nSUMMARY:Bez UID\nEND:VEVENT")]
    [InlineData("BEGIN:VEVENT\nUID:   \nDTSTART:20111109T100000Z\nSUMMARY:Bez UID\nEND:VEVENT")]
    public void A_vevent_without_a_uid_is_given_one_made_from_its_content_and_told_so(string vevent)
    {
        var first = Importer.Read(Calendar(vevent));
        var again = Importer.Read(Calendar(vevent));

        var d = Problem(first);
        Assert.Equal((IcalendarDiagnosticCodes.MissingProperty, DiagnosticSeverity.Warning, 4, "UID"), (d.Code, d.Severity, d.Location.Line, d.Location.Element));
        Assert.Matches("^the VEVENT has no UID; it is given 'uid-[^']+', made from its content\\.$", d.Message);
        Assert.Equal(d.Message, Problem(again).Message);
        Assert.Equal("Bez UID", Assert.Single(first.Events).Title);
    }

    [Fact]
    public void A_uid_is_compared_without_the_space_around_it()
    {
        var result = Importer.Read(Calendar(
            VEvent("a@x", "DTSTART:20111109T100000Z", "SUMMARY:Pierwsze"),
            VEvent(" a@x ", "DTSTART:20111110T100000Z", "SUMMARY:Drugie")));

        Assert.Equal("Pierwsze", Assert.Single(result.Events).Title);
        Assert.Equal(IcalendarDiagnosticCodes.DuplicateUid, Problem(result).Code);
    }

    // DTSTART

    [Fact]
    public void A_vevent_without_dtstart_is_skipped_with_an_error_at_its_begin()
    {
        var result = Read("SUMMARY:Kiedy?");
        Assert.Empty(result.Events);
        Assert.Equal((IcalendarDiagnosticCodes.MissingProperty, DiagnosticSeverity.Error, 4, "VEVENT", "the VEVENT has no DTSTART; it is skipped."),
            Shape(Problem(result)));
    }

    [Theory]
    [InlineData("DTSTART:2011110", "'2011110' is not a date-time such as 20111109T100000; the VEVENT is skipped.")]
    [InlineData("DTSTART:20111340", "'20111340' is not a date such as 20111109; the VEVENT is skipped.")]
    [InlineData("DTSTART;VALUE=DATE:20111109T100000", "'20111109T100000' is not a date such as 20111109; the VEVENT is skipped.")]
    [InlineData("DTSTART;VALUE=DATE-TIME:20111109", "'20111109' is not a date-time such as 20111109T100000; the VEVENT is skipped.")]
    public void A_dtstart_that_cannot_be_read_skips_the_vevent_saying_what_was_expected(string property, string message)
    {
        var result = Read(property, "SUMMARY:Zła data");
        Assert.Empty(result.Events);
        Assert.Equal((IcalendarDiagnosticCodes.InvalidValue, DiagnosticSeverity.Error, FirstPropertyLine, "DTSTART", message), Shape(Problem(result)));
    }

    [Theory]
    [InlineData("DTSTART;VALUE=date:20111109")]
    [InlineData("DTSTART;VALUE= DATE :20111109")]
    [InlineData("DTSTART:20111109")]
    public void A_date_start_is_read_with_value_date_in_any_case_or_from_eight_digits(string property)
    {
        var result = Read(property, "SUMMARY:Cały dzień");
        var e = Assert.Single(result.Events);
        Assert.Equal([new LocalDate(2011, 11, 9)], e.Days.Select(d => d.Date));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
    }

    [Fact]
    public void A_dtstart_in_an_unknown_zone_skips_the_vevent_naming_the_zone()
    {
        var result = Read("DTSTART;TZID=Nowhere/Never:20111109T100000", "SUMMARY:Gdzie?");
        Assert.Empty(result.Events);
        var d = Problem(result);
        Assert.Equal((IcalendarDiagnosticCodes.UnknownTimeZone, DiagnosticSeverity.Error, FirstPropertyLine, "DTSTART"), (d.Code, d.Severity, d.Location.Line, d.Location.Element));
        Assert.StartsWith("the TZID 'Nowhere/Never' is not an IANA zone id of tzdb ", d.Message, StringComparison.Ordinal);
        Assert.EndsWith(", not a Windows zone id, and no VTIMEZONE of the input defines it; the VEVENT is skipped.", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DTSTART:00010101T100000Z")]
    [InlineData("DTSTART:99991231T100000Z")]
    [InlineData("DTSTART;VALUE=DATE:00010101")]
    public void A_start_outside_the_supported_dates_skips_the_vevent_naming_them(string property)
    {
        var result = Read(property, "SUMMARY:Za daleko");
        Assert.Empty(result.Events);
        var value = property[(property.IndexOf(':', StringComparison.Ordinal) + 1)..];
        Assert.Equal((IcalendarDiagnosticCodes.InvalidValue, DiagnosticSeverity.Error, FirstPropertyLine, "DTSTART",
            $"'{value}' is outside the supported dates 0001-01-02 to 9999-12-30; the VEVENT is skipped."), Shape(Problem(result)));
    }

    [Fact]
    public void An_end_outside_the_supported_dates_skips_the_vevent_at_the_end()
    {
        var result = Read("DTSTART:99991230T100000Z", "DTEND:99991231T100000Z");
        Assert.Empty(result.Events);
        Assert.Equal((IcalendarDiagnosticCodes.InvalidValue, DiagnosticSeverity.Error, FirstPropertyLine + 1, "DTEND",
            "'99991231T100000Z' is outside the supported dates 0001-01-02 to 9999-12-30; the VEVENT is skipped."), Shape(Problem(result)));
    }

    [Fact]
    public void A_local_time_whose_instant_falls_beyond_the_calendar_skips_the_vevent()
    {
        var result = Read("DTSTART;TZID=America/Los_Angeles:99991231T230000");
        Assert.Empty(result.Events);
        Assert.Equal((IcalendarDiagnosticCodes.InvalidValue, DiagnosticSeverity.Error, FirstPropertyLine, "DTSTART",
            "'99991231T230000' in America/Los_Angeles is an instant outside the years 1 to 9999; the VEVENT is skipped."), Shape(Problem(result)));
    }

    [Fact]
    public void A_time_the_clocks_skip_is_read_with_the_offset_before_the_change_and_told_so()
    {
        var result = Read("DTSTART;TZID=Europe/Warsaw:20260329T023000", "DTEND;TZID=Europe/Warsaw:20260329T050000");
        var e = Assert.Single(result.Events);
        Assert.Equal(Instant.FromUtc(2026, 3, 29, 1, 30), InstantOf(e, e.Start));
        Assert.Equal((IcalendarDiagnosticCodes.SkippedLocalTime, DiagnosticSeverity.Warning, FirstPropertyLine, "DTSTART",
            "2026-03-29T02:30 does not exist in Europe/Warsaw (clocks go forward); it is read with the offset before the change, as RFC 5545 says."),
            Shape(Problem(result)));
    }

    [Fact]
    public void A_time_that_happens_twice_is_read_as_its_first_occurrence()
    {
        var result = Read("DTSTART;TZID=Europe/Warsaw:20261025T023000", "DTEND;TZID=Europe/Warsaw:20261025T050000");
        var e = Assert.Single(result.Events);
        Assert.Equal(Instant.FromUtc(2026, 10, 25, 0, 30), InstantOf(e, e.Start));
        NoProblems(result);
    }

    [Fact]
    public void A_vtimezone_that_disagrees_with_tzdb_on_its_name_governs_and_the_difference_is_told()
    {
        // A "Europe/Warsaw" without summer time: in July it puts 10:00 at UTC+1, where tzdb has UTC+2.
        const string zone = "BEGIN:VTIMEZONE\nTZID:Europe/Warsaw\nBEGIN:STANDARD\nDTSTART:16010101T000000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0100\nEND:STANDARD\nEND:VTIMEZONE";
        var result = Importer.Read(Calendar(zone, VEvent("a@x", "DTSTART;TZID=Europe/Warsaw:20110709T100000", "DTEND;TZID=Europe/Warsaw:20110709T110000")));

        var e = Assert.Single(result.Events);
        Assert.Equal(Instant.FromUtc(2011, 7, 9, 9, 0), InstantOf(e, e.Start));
        var start = Assert.Single(result.Diagnostics, d => d.Code == IcalendarDiagnosticCodes.TimeZoneDisagreesWithTzdb && d.Location.Element == "DTSTART");
        Assert.Equal((IcalendarDiagnosticCodes.TimeZoneDisagreesWithTzdb, DiagnosticSeverity.Warning, 15,
            "the input's VTIMEZONE 'Europe/Warsaw' puts 2011-07-09T10:00 at UTC+01, tzdb's Europe/Warsaw at UTC+02; the input's definition governs, as RFC 5545 says."),
            (start.Code, start.Severity, start.Location.Line, start.Message));
    }

    [Fact]
    public void A_vtimezone_that_agrees_with_tzdb_on_its_name_is_not_reported()
    {
        const string zone = "BEGIN:VTIMEZONE\nTZID:Europe/Warsaw\nBEGIN:STANDARD\nDTSTART:16010101T000000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0100\nEND:STANDARD\nEND:VTIMEZONE";
        var result = Importer.Read(Calendar(zone, VEvent("a@x", "DTSTART;TZID=Europe/Warsaw:20111109T100000", "DTEND;TZID=Europe/Warsaw:20111109T110000")));
        Assert.Single(result.Events);
        NoProblems(result);
    }

    // DTEND and DURATION

    [Fact]
    public void A_date_time_end_of_an_all_day_event_is_left_out_and_the_event_lasts_one_day()
    {
        var result = Read("DTSTART;VALUE=DATE:20111109", "DTEND:20111111T100000Z");
        Assert.Equal([new LocalDate(2011, 11, 9)], Assert.Single(result.Events).Days.Select(d => d.Date));
        Assert.Equal((IcalendarDiagnosticCodes.MismatchedValueTypes, DiagnosticSeverity.Warning, FirstPropertyLine + 1, "DTEND",
            "the DTSTART is a date (an all-day event) but the DTEND '20111111T100000Z' is a date-time, which RFC 5545 forbids; the DTEND is left out and the event lasts the one day."),
            Shape(Problem(result)));
    }

    [Fact]
    public void A_date_end_of_a_timed_event_is_left_out_and_the_event_ends_when_it_starts()
    {
        var result = Read("DTSTART:20111109T100000Z", "DTEND;VALUE=DATE:20111110");
        var e = Assert.Single(result.Events);
        Assert.Equal(e.Start, e.End);
        Assert.Equal((IcalendarDiagnosticCodes.MismatchedValueTypes, DiagnosticSeverity.Warning, FirstPropertyLine + 1, "DTEND",
            "the DTSTART is a date-time but the DTEND '20111110' is a date, which RFC 5545 forbids; the DTEND is left out and the event ends when it starts."),
            Shape(Problem(result)));
    }

    [Fact]
    public void A_dtend_that_cannot_be_read_is_left_out_with_a_warning()
    {
        var result = Read("DTSTART:20111109T100000Z", "DTEND:soon");
        var e = Assert.Single(result.Events);
        Assert.Equal(e.Start, e.End);
        Assert.Equal((IcalendarDiagnosticCodes.InvalidValue, DiagnosticSeverity.Warning, FirstPropertyLine + 1, "DTEND",
            "'soon' is not a date-time such as 20111109T100000; the DTEND is left out."), Shape(Problem(result)));
    }

    [Fact]
    public void A_dtend_in_an_unknown_zone_skips_the_vevent()
    {
        var result = Read("DTSTART;TZID=Europe/Warsaw:20111109T100000", "DTEND;TZID=Nowhere/Never:20111109T120000");
        Assert.Empty(result.Events);
        var d = Problem(result);
        Assert.Equal((IcalendarDiagnosticCodes.UnknownTimeZone, DiagnosticSeverity.Error, FirstPropertyLine + 1, "DTEND"), (d.Code, d.Severity, d.Location.Line, d.Location.Element));
    }

    [Fact]
    public void A_dtend_wins_over_a_duration()
    {
        var e = Assert.Single(Read("DTSTART:20111109T100000Z", "DTEND:20111109T120000Z", "DURATION:PT5H").Events);
        Assert.Equal(Instant.FromUtc(2011, 11, 9, 12, 0), InstantOf(e, e.End));
    }

    [Fact]
    public void A_duration_that_cannot_be_read_is_left_out_with_a_warning()
    {
        var result = Read("DTSTART:20111109T100000Z", "DURATION:an hour");
        var e = Assert.Single(result.Events);
        Assert.Equal(e.Start, e.End);
        Assert.Equal((IcalendarDiagnosticCodes.InvalidValue, DiagnosticSeverity.Warning, FirstPropertyLine + 1, "DURATION",
            "'an hour' is not a duration such as PT1H30M; it is left out."), Shape(Problem(result)));
    }

    [Fact]
    public void A_duration_beyond_the_calendar_skips_the_vevent()
    {
        var result = Read("DTSTART:20111109T100000Z", "DURATION:P99999999D");
        Assert.Empty(result.Events);
        Assert.Equal((IcalendarDiagnosticCodes.InvalidValue, DiagnosticSeverity.Error, FirstPropertyLine + 1, "DURATION",
            "'P99999999D' takes the end outside the years 1 to 9999; the VEVENT is skipped."), Shape(Problem(result)));
    }

    [Theory]
    [InlineData("PT1H", 1)]
    [InlineData("P1D", 1)]
    [InlineData("P3D", 3)]
    [InlineData("P1W", 7)]
    public void An_all_day_event_lasts_the_whole_days_of_its_duration_and_at_least_one(string duration, int days)
    {
        var e = Assert.Single(Read("DTSTART;VALUE=DATE:20111109", "DURATION:" + duration).Events);
        Assert.Equal(Enumerable.Range(0, days).Select(i => new LocalDate(2011, 11, 9).PlusDays(i)), e.Days.Select(d => d.Date));
    }

    [Fact]
    public void A_duration_of_days_and_seconds_is_added_to_a_floating_start()
    {
        var e = Assert.Single(Read("DTSTART:20111109T100000", "DURATION:P1DT1H0M30S").Events);
        Assert.Equal(new LocalDateTime(2011, 11, 10, 11, 0, 30), e.End.Local);
    }

    [Fact]
    public void A_duration_of_days_and_seconds_is_added_to_a_utc_start()
    {
        var e = Assert.Single(Read("DTSTART:20111109T100000Z", "DURATION:P1DT1H0M30S").Events);
        Assert.Equal(Instant.FromUtc(2011, 11, 10, 11, 0, 30), InstantOf(e, e.End));
    }

    [Fact]
    public void A_day_of_duration_across_a_clock_change_keeps_the_wall_clock_time()
    {
        var e = Assert.Single(Read("DTSTART;TZID=Europe/Warsaw:20261024T100000", "DURATION:P1DT1H").Events);
        Assert.Equal(new LocalDateTime(2026, 10, 25, 11, 0), e.End.Local);
        Assert.Equal(Instant.FromUtc(2026, 10, 25, 10, 0), InstantOf(e, e.End));
    }

    [Fact]
    public void Hours_of_duration_across_a_clock_change_are_exact()
    {
        var e = Assert.Single(Read("DTSTART;TZID=Europe/Warsaw:20261024T100000", "DURATION:PT24H").Events);
        Assert.Equal(new LocalDateTime(2026, 10, 25, 9, 0), e.End.Local);
    }

    [Fact]
    public void A_duration_of_more_days_than_a_number_holds_skips_the_vevent_rather_than_wrapping_round()
    {
        // 2^32 + 1 days: cut to 32 bits it would be one day.
        var result = Read("DTSTART:20111109T100000Z", "DURATION:P4294967297D");
        Assert.Empty(result.Events);
        Assert.Equal((IcalendarDiagnosticCodes.InvalidValue, DiagnosticSeverity.Error, FirstPropertyLine + 1, "DURATION"),
            (Problem(result).Code, Problem(result).Severity, Problem(result).Location.Line, Problem(result).Location.Element));
    }

    [Fact]
    public void A_series_that_starts_at_a_time_the_clocks_skip_keeps_the_time_as_written()
    {
        // Every later Sunday at 02:30 exists; the series is at 02:30, not at 03:30 where the first one falls.
        var result = Read("DTSTART;TZID=Europe/Warsaw:20260329T023000", "DTEND;TZID=Europe/Warsaw:20260329T040000", "RRULE:FREQ=WEEKLY;COUNT=3");
        var e = Assert.Single(result.Events);
        Assert.Equal(new LocalDateTime(2026, 3, 29, 2, 30), e.Start.Local);
        Assert.Equal(IcalendarDiagnosticCodes.SkippedLocalTime, Problem(result).Code);
    }

    [Fact]
    public void An_all_day_event_on_the_last_date_of_the_calendar_is_skipped()
    {
        var result = Read("DTSTART;VALUE=DATE:99991231");
        Assert.Empty(result.Events);
        Assert.Equal((IcalendarDiagnosticCodes.InvalidValue, DiagnosticSeverity.Error, FirstPropertyLine, "DTSTART",
            "an all-day event on 9999-12-31 would end in the year 10000; the VEVENT is skipped."), Shape(Problem(result)));
    }

    // All-day dates

    [Fact]
    public void An_all_day_event_of_ten_years_of_dates_is_read_and_one_date_more_is_not()
    {
        var start = new LocalDate(2000, 1, 1);
        var longest = Read("DTSTART;VALUE=DATE:20000101", $"DTEND;VALUE=DATE:{start.PlusDays(3660):yyyyMMdd}");
        Assert.Equal(3660, Assert.Single(longest.Events).Days.Count);

        var tooLong = Read("DTSTART;VALUE=DATE:20000101", $"DTEND;VALUE=DATE:{start.PlusDays(3661):yyyyMMdd}");
        Assert.Empty(tooLong.Events);
        Assert.Equal((IcalendarDiagnosticCodes.InvalidValue, DiagnosticSeverity.Error, FirstPropertyLine + 1, "DTEND",
            "the all-day event lasts 3661 days; an event gets one day per date, for at most 3660 dates, so the VEVENT is skipped."),
            Shape(Problem(tooLong)));
    }

    [Fact]
    public void The_all_day_dates_of_one_input_are_counted_together_and_an_event_of_no_dates_counts_one()
    {
        // 27 events of 3660 dates and one of 1179 leave one date of the 100 000; an event whose end is its start takes it.
        var events = new List<string>();
        for (var i = 0; i < 27; i++)
        {
            events.Add(VEvent($"long{i}@x", "DTSTART;VALUE=DATE:20000101", "DTEND;VALUE=DATE:" + new LocalDate(2000, 1, 1).PlusDays(3660).ToString("yyyyMMdd", null)));
        }

        events.Add(VEvent("rest@x", "DTSTART;VALUE=DATE:20000101", "DTEND;VALUE=DATE:" + new LocalDate(2000, 1, 1).PlusDays(1179).ToString("yyyyMMdd", null)));
        events.Add(VEvent("none@x", "DTSTART;VALUE=DATE:20000101", "DTEND;VALUE=DATE:20000101"));
        events.Add(VEvent("over@x", "DTSTART;VALUE=DATE:20000101"));
        var result = Importer.Read(Calendar([.. events]));

        Assert.DoesNotContain(result.Events, e => e.Id.Value == "over");
        Assert.Contains(result.Events, e => e.Id.Value == "none");
        var d = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("the all-day events of this input span more than 100000 dates in all, one event day each; the VEVENT is skipped.", d.Message);
        Assert.Equal(("DTSTART", DiagnosticSeverity.Error, IcalendarDiagnosticCodes.InvalidValue), (d.Location.Element, d.Severity, d.Code));
    }

    [Fact]
    public void An_all_day_event_that_spans_exactly_the_dates_left_is_read()
    {
        // 27 events of 3660 dates and one of 1179 leave one date of the 100 000: an event of one date takes it.
        var events = new List<string>();
        for (var i = 0; i < 27; i++)
        {
            events.Add(VEvent($"long{i}@x", "DTSTART;VALUE=DATE:20000101", "DTEND;VALUE=DATE:" + new LocalDate(2000, 1, 1).PlusDays(3660).ToString("yyyyMMdd", null)));
        }

        events.Add(VEvent("rest@x", "DTSTART;VALUE=DATE:20000101", "DTEND;VALUE=DATE:" + new LocalDate(2000, 1, 1).PlusDays(1179).ToString("yyyyMMdd", null)));
        events.Add(VEvent("last@x", "DTSTART;VALUE=DATE:20000101", "DTEND;VALUE=DATE:20000102"));
        var result = Importer.Read(Calendar([.. events]));

        Assert.Single(Assert.Single(result.Events, e => e.Id.Value == "last").Days);
        NoProblems(result);
    }

    [Fact]
    public void A_vevent_without_a_summary_is_an_event_without_a_title()
    {
        // RFC 5545 makes SUMMARY optional; nothing is made up for it.
        var result = Read("DTSTART:20111109T100000Z", "DTEND:20111109T110000Z");
        Assert.Equal(string.Empty, Assert.Single(result.Events).Title);
        NoProblems(result);
    }

    // STATUS, RELATED-TO

    [Theory]
    [InlineData("STATUS:CANCELLED", EventStatus.Cancelled)]
    [InlineData("STATUS: cancelled ", EventStatus.Cancelled)]
    [InlineData("STATUS:CONFIRMED", EventStatus.Scheduled)]
    [InlineData("STATUS:CANCELLED-ISH", EventStatus.Scheduled)]
    public void Only_a_cancelled_status_in_any_case_cancels_the_event(string status, EventStatus expected) =>
        Assert.Equal(expected, Assert.Single(Read("DTSTART:20111109T100000Z", status).Events).Status);

    [Theory]
    [InlineData("RELATED-TO:main@x")]
    [InlineData("RELATED-TO;RELTYPE=parent:main@x")]
    [InlineData("RELATED-TO;RELTYPE= PARENT : main@x ")]
    public void A_vevent_related_to_its_parent_in_any_spelling_becomes_its_item(string related)
    {
        var result = Importer.Read(Calendar(
            VEvent("main@x", "DTSTART:20111109T100000Z", "DTEND:20111109T160000Z", "SUMMARY:Konferencja"),
            VEvent("talk@x", "DTSTART:20111109T110000Z", "DTEND:20111109T120000Z", "SUMMARY:Wykład", related)));
        var e = Assert.Single(result.Events);
        Assert.Equal("Wykład", Assert.Single(e.Agenda).Title);
    }

    [Fact]
    public void A_vevent_related_as_a_sibling_becomes_a_further_day()
    {
        var result = Importer.Read(Calendar(
            VEvent("main@x", "DTSTART:20111109T100000Z", "DTEND:20111109T160000Z", "SUMMARY:Konferencja"),
            VEvent("day2@x", "DTSTART:20111110T100000Z", "DTEND:20111110T160000Z", "SUMMARY:Konferencja", "RELATED-TO;RELTYPE=sibling:main@x")));
        Assert.Equal(2, Assert.Single(result.Events).Days.Count);
    }

    [Fact]
    public void Only_the_first_parent_of_a_vevent_counts()
    {
        var result = Importer.Read(Calendar(
            VEvent("main@x", "DTSTART:20111109T100000Z", "DTEND:20111109T160000Z", "SUMMARY:Konferencja"),
            VEvent("other@x", "DTSTART:20111109T100000Z", "DTEND:20111109T160000Z", "SUMMARY:Inna"),
            VEvent("talk@x", "DTSTART:20111109T110000Z", "DTEND:20111109T120000Z", "SUMMARY:Wykład", "RELATED-TO:main@x", "RELATED-TO:other@x")));
        Assert.Equal("Wykład", Assert.Single(Assert.Single(result.Events, e => e.Title == "Konferencja").Agenda).Title);
        Assert.Empty(Assert.Single(result.Events, e => e.Title == "Inna").Agenda);
    }

    [Fact]
    public void Only_the_first_sibling_of_a_vevent_counts()
    {
        var result = Importer.Read(Calendar(
            VEvent("main@x", "DTSTART:20111109T100000Z", "DTEND:20111109T160000Z", "SUMMARY:Konferencja"),
            VEvent("other@x", "DTSTART:20111109T100000Z", "DTEND:20111109T160000Z", "SUMMARY:Inna"),
            VEvent("day2@x", "DTSTART:20111110T100000Z", "DTEND:20111110T160000Z", "SUMMARY:Konferencja",
                "RELATED-TO;RELTYPE=SIBLING:main@x", "RELATED-TO;RELTYPE=SIBLING:other@x")));
        Assert.Equal(2, Assert.Single(result.Events, e => e.Title == "Konferencja").Days.Count);
        Assert.Single(Assert.Single(result.Events, e => e.Title == "Inna").Days);
    }

    [Fact]
    public void A_relation_of_another_type_links_nothing()
    {
        var result = Importer.Read(Calendar(
            VEvent("main@x", "DTSTART:20111109T100000Z", "DTEND:20111109T160000Z", "SUMMARY:Konferencja"),
            VEvent("talk@x", "DTSTART:20111109T110000Z", "DTEND:20111109T120000Z", "SUMMARY:Wykład", "RELATED-TO;RELTYPE=CHILD:main@x")));
        Assert.Equal(2, result.Events.Count);
    }

    // GEO, URL, CONFERENCE, SEQUENCE, LAST-MODIFIED

    [Theory]
    [InlineData("GEO:north", "GEO", "'north' is not a position such as 51.1099;17.0317; it is left out.")]
    [InlineData("URL:not a url", "URL", "'not a url' is not an absolute URL; it is left out.")]
    [InlineData("URL:/wydarzenia/12", "URL", "'/wydarzenia/12' is not an absolute URL; it is left out.")]
    [InlineData("URL:\\\\serwer\\wydarzenia", "URL", "'\\\\serwer\\wydarzenia' is not an absolute URL; it is left out.")]
    [InlineData("CONFERENCE;VALUE=URI:/meet/12", "CONFERENCE", "'/meet/12' is not an absolute URI; it is left out.")]
    [InlineData("CONFERENCE;VALUE=URI:meet", "CONFERENCE", "'meet' is not an absolute URI; it is left out.")]
    [InlineData("SEQUENCE:-1", "SEQUENCE", "'-1' is not a revision number; 0 is taken.")]
    [InlineData("LAST-MODIFIED:yesterday", "LAST-MODIFIED", "'yesterday' is not a UTC date-time; it is left out.")]
    public void A_broken_optional_property_is_left_out_saying_what_it_should_be(string property, string name, string message)
    {
        var result = Read("DTSTART:20111109T100000Z", property);
        var e = Assert.Single(result.Events);
        Assert.Null(e.Venue);
        Assert.Null(e.Url);
        Assert.Equal(0, e.Revision);
        Assert.Null(e.LastModified);
        Assert.Equal((IcalendarDiagnosticCodes.InvalidValue, DiagnosticSeverity.Warning, FirstPropertyLine + 1, name, message), Shape(Problem(result)));
    }

    [Fact]
    public void Optional_properties_that_can_be_read_are_all_kept()
    {
        var result = Read("DTSTART:20111109T100000Z", "GEO:51.1099;17.0317", "URL: https://example.org/a ", "CONFERENCE;VALUE=URI:https://meet.example.org/x",
            "SEQUENCE:3", "LAST-MODIFIED: 20111101T120000Z ", "LOCATION:Sala");
        var e = Assert.Single(result.Events);
        NoProblems(result);
        Assert.Equal(new Uri("https://example.org/a"), e.Url);
        Assert.Equal(new Uri("https://meet.example.org/x"), e.Venue!.OnlineUrl);
        Assert.Equal(51.1099, e.Venue.Geo!.Value.Latitude);
        Assert.Equal("Sala", e.Venue.Name);
        Assert.Equal(3, e.Revision);
        Assert.Equal(Instant.FromUtc(2011, 11, 1, 12, 0), e.LastModified);
    }

    // TEXT: encodings and characters the model refuses

    [Theory]
    [InlineData("SUMMARY;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:Caf=E9", "Café")]
    [InlineData("SUMMARY;ENCODING=QUOTED-PRINTABLE;CHARSET=latin1:Caf=E9", "Café")]
    [InlineData("SUMMARY;ENCODING=QUOTED-PRINTABLE;CHARSET=US-ASCII:a=3Db", "a=b")]
    [InlineData("SUMMARY;ENCODING=QUOTED-PRINTABLE;CHARSET=ascii:a=3Db", "a=b")]
    [InlineData("SUMMARY;ENCODING=quoted-printable;CHARSET= utf8 :Zaj=C4=99cia", "Zajęcia")]
    [InlineData("SUMMARY;ENCODING=QUOTED-PRINTABLE:Zaj=C4=99cia", "Zajęcia")]
    [InlineData("SUMMARY;ENCODING=8bit:Zajęcia", "Zajęcia")]
    public void A_quoted_printable_text_is_decoded_in_its_character_set(string property, string title)
    {
        var result = Read("DTSTART:20111109T100000Z", property);
        Assert.Equal(title, Assert.Single(result.Events).Title);
        NoProblems(result);
    }

    [Theory]
    [InlineData("DESCRIPTION;ENCODING=BASE64:WmFqxJljaWE=", "the DESCRIPTION is written in the encoding BASE64, which cannot be read here; it is left out.")]
    [InlineData("DESCRIPTION;ENCODING=QUOTED-PRINTABLE;CHARSET=KOI8-R:=C1=C2", "the DESCRIPTION is written in the encoding QUOTED-PRINTABLE with the character set KOI8-R, which cannot be read here; it is left out.")]
    [InlineData("DESCRIPTION;ENCODING=QUOTED-PRINTABLE;CHARSET=US-ASCII:=C1=C2", "the DESCRIPTION is written in the encoding QUOTED-PRINTABLE with the character set US-ASCII, which cannot be read here; it is left out.")]
    public void A_text_in_an_encoding_that_cannot_be_read_is_left_out_naming_the_encoding(string property, string message)
    {
        var result = Read("DTSTART:20111109T100000Z", "SUMMARY:Tytuł", property);
        Assert.Null(Assert.Single(result.Events).Description);
        Assert.Equal((IcalendarDiagnosticCodes.InvalidValue, DiagnosticSeverity.Warning, FirstPropertyLine + 2, "DESCRIPTION", message), Shape(Problem(result)));
    }

    [Fact]
    public void Categories_in_an_encoding_that_cannot_be_read_are_left_out_and_the_others_kept()
    {
        var result = Read("DTSTART:20111109T100000Z", "CATEGORIES;ENCODING=BASE64:eA==", "CATEGORIES:dzieci,seniorzy");
        Assert.Equal(["dzieci", "seniorzy"], Assert.Single(result.Events).Tags);
        Assert.Equal((IcalendarDiagnosticCodes.InvalidValue, DiagnosticSeverity.Warning, FirstPropertyLine + 1, "CATEGORIES"),
            (Problem(result).Code, Problem(result).Severity, Problem(result).Location.Line, Problem(result).Location.Element));
    }

    [Fact]
    public void Quoted_printable_categories_are_decoded_before_they_are_split()
    {
        var result = Read("DTSTART:20111109T100000Z", "CATEGORIES;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:dzieci,m=C5=82odzie=C5=BC\\, doro=C5=9Bli");
        Assert.Equal(["dzieci", "młodzież, dorośli"], Assert.Single(result.Events).Tags);
        NoProblems(result);
    }

    [Theory]
    [InlineData("SUMMARY", 1)]
    [InlineData("DESCRIPTION", 2)]
    [InlineData("LOCATION", 3)]
    [InlineData("CATEGORIES", 4)]
    public void A_control_character_in_a_text_is_replaced_and_told_at_its_line(string name, int offset)
    {
        var properties = new[] { "SUMMARY:Tytuł", "DESCRIPTION:Opis", "LOCATION:Sala", "CATEGORIES:dzieci" };
        properties[offset - 1] = $"{name};ENCODING=QUOTED-PRINTABLE:a=01b";
        var result = Read(["DTSTART:20111109T100000Z", .. properties]);

        var e = Assert.Single(result.Events);
        var text = name switch { "SUMMARY" => e.Title, "DESCRIPTION" => e.Description, "LOCATION" => e.Venue!.Name, _ => Assert.Single(e.Tags) };
        Assert.Equal("a\uFFFDb", text);
        Assert.Equal((IcalendarDiagnosticCodes.TextReplaced, DiagnosticSeverity.Warning, FirstPropertyLine + offset, name,
            "the text holds control characters or broken surrogates, which event documents cannot carry; they were replaced by U+FFFD."),
            Shape(Problem(result)));
    }

    [Fact]
    public void A_control_character_in_a_later_categories_line_is_told_at_that_line()
    {
        var result = Read("DTSTART:20111109T100000Z", "CATEGORIES:dzieci", "CATEGORIES;ENCODING=QUOTED-PRINTABLE:senio=01rzy,doro=C5=9Bli");
        Assert.Equal(["dzieci", "senio\uFFFDrzy", "dorośli"], Assert.Single(result.Events).Tags);
        var d = Problem(result);
        Assert.Equal((IcalendarDiagnosticCodes.TextReplaced, FirstPropertyLine + 2, "CATEGORIES"), (d.Code, d.Location.Line, d.Location.Element));
    }

    [Fact]
    public void The_categories_of_one_vevent_are_not_given_to_the_next()
    {
        var result = Importer.Read(Calendar(
            VEvent("a@x", "DTSTART:20111109T100000Z", "SUMMARY:Pierwsze", "CATEGORIES:dzieci,seniorzy"),
            VEvent("b@x", "DTSTART:20111110T100000Z", "SUMMARY:Drugie")));
        Assert.Equal(["dzieci", "seniorzy"], Assert.Single(result.Events, e => e.Title == "Pierwsze").Tags);
        Assert.Empty(Assert.Single(result.Events, e => e.Title == "Drugie").Tags);
    }

    [Fact]
    public void Every_value_the_reader_decodes_is_counted_once_as_work()
    {
        // What the fuzzing bounds (Fuzzing/WorkBounds) hold linear: UID, SUMMARY, DESCRIPTION, LOCATION, CATEGORIES and
        // EXDATE values, each counted once by its raw length; DTSTART, RRULE and the rest are not text.
        var description = new string('x', 100);
        var result = Importer.Read(Calendar(VEvent("a@x", "DTSTART;TZID=Europe/Warsaw:20260303T170000", "RRULE:FREQ=WEEKLY;COUNT=4",
            "SUMMARY:Tytuł", $"DESCRIPTION:{description}", "LOCATION:Sala", "CATEGORIES:a,b", "EXDATE;TZID=Europe/Warsaw:20260310T170000")));
        Assert.Single(result.Events);
        Assert.Equal("a@x".Length + "Tytuł".Length + description.Length + "Sala".Length + "a,b".Length + "20260310T170000".Length, result.Work.ParsedCharacters);
    }

    // EXDATE

    [Theory]
    [InlineData("EXDATE;VALUE=DATE:20260310")]
    [InlineData("EXDATE;VALUE= date :20260310")]
    [InlineData("EXDATE:20260310")]
    [InlineData("EXDATE:20260310T170000")]
    [InlineData("EXDATE:20260310T160000Z")]
    [InlineData("EXDATE;TZID=Europe/Warsaw:20260310T170000")]
    [InlineData("EXDATE;TZID=Europe/London:20260310T160000")]
    public void An_exdate_in_any_form_cancels_its_date(string exdate)
    {
        var result = Read("DTSTART;TZID=Europe/Warsaw:20260303T170000", "DTEND;TZID=Europe/Warsaw:20260303T180000", "RRULE:FREQ=WEEKLY;COUNT=4", exdate);
        NoProblems(result);
        Assert.Equal([new LocalDate(2026, 3, 10)], Assert.Single(result.Events).Series!.CancelledDates);
    }

    [Theory]
    [InlineData("EXDATE:20260309T233000Z")]
    [InlineData("EXDATE;TZID=Europe/London:20260309T233000")]
    [InlineData("EXDATE;TZID=Europe/Warsaw:20260310T003000")]
    [InlineData("EXDATE:20260310T003000")]
    public void An_exdate_at_an_instant_cancels_the_date_it_falls_on_in_the_events_zone(string exdate)
    {
        // 00:30 in Warsaw is 23:30 of the day before in UTC and in London (winter): the date is Warsaw's.
        var result = Read("DTSTART;TZID=Europe/Warsaw:20260303T003000", "DTEND;TZID=Europe/Warsaw:20260303T013000", "RRULE:FREQ=WEEKLY;COUNT=4", exdate);
        NoProblems(result);
        Assert.Equal([new LocalDate(2026, 3, 10)], Assert.Single(result.Events).Series!.CancelledDates);
    }

    [Fact]
    public void An_exdate_in_an_unknown_zone_is_left_out_with_its_dates()
    {
        var result = Read("DTSTART;TZID=Europe/Warsaw:20260303T170000", "RRULE:FREQ=WEEKLY;COUNT=4", "EXDATE;TZID=Nowhere/Never:20260310T170000,20260317T170000");
        Assert.Empty(Assert.Single(result.Events).Series!.CancelledDates);
        Assert.Equal((IcalendarDiagnosticCodes.RecurrenceNotImported, DiagnosticSeverity.Warning, FirstPropertyLine + 2, "EXDATE",
            "the zone of the EXDATE '20260310T170000,20260317T170000' cannot be resolved; its dates are left out."), Shape(Problem(result)));
    }

    [Theory]
    [InlineData("later")]
    [InlineData("00010101T170000")]
    public void An_exdate_value_that_cannot_be_read_is_left_out_and_the_others_kept(string bad)
    {
        var result = Read("DTSTART;TZID=Europe/Warsaw:20260303T170000", "RRULE:FREQ=WEEKLY;COUNT=4", $"EXDATE;TZID=Europe/Warsaw:{bad}, 20260317T170000");
        Assert.Equal([new LocalDate(2026, 3, 17)], Assert.Single(result.Events).Series!.CancelledDates);
        Assert.Equal((IcalendarDiagnosticCodes.RecurrenceNotImported, DiagnosticSeverity.Warning, FirstPropertyLine + 2, "EXDATE",
            $"'{bad}' is not a date or date-time within the supported dates; it is left out."), Shape(Problem(result)));
    }

    [Fact]
    public void An_exdate_of_a_vevent_that_does_not_recur_is_not_read()
    {
        var result = Read("DTSTART:20260303T170000Z", "EXDATE:later");
        Assert.Null(Assert.Single(result.Events).Series);
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("'later'", StringComparison.Ordinal));
    }

    // RECURRENCE-ID

    [Fact]
    public void A_change_whose_recurrence_id_cannot_be_read_is_not_imported_and_told_so()
    {
        var result = Importer.Read(Calendar(
            VEvent("s@x", "DTSTART;TZID=Europe/Warsaw:20260303T170000", "RRULE:FREQ=WEEKLY;COUNT=4", "SUMMARY:Klub"),
            VEvent("s@x", "RECURRENCE-ID;TZID=Europe/Warsaw:someday", "DTSTART;TZID=Europe/Warsaw:20260310T180000", "SUMMARY:Zmiana")));

        Assert.Empty(Assert.Single(result.Events).Series!.Overrides);
        var line = FirstPropertyLine + 3 + 4;
        Assert.Equal(
            [
                (IcalendarDiagnosticCodes.InvalidValue, DiagnosticSeverity.Warning, line, "RECURRENCE-ID", "'someday' is not a date-time such as 20111109T100000; the RECURRENCE-ID is left out."),
                (IcalendarDiagnosticCodes.RecurrenceNotImported, DiagnosticSeverity.Warning, line, "RECURRENCE-ID", "the occurrence this VEVENT changes cannot be read; the change is not imported."),
            ],
            result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).Select(Shape));
    }

    [Fact]
    public void A_change_of_an_occurrence_becomes_an_override_of_the_series()
    {
        var result = Importer.Read(Calendar(
            VEvent("s@x", "DTSTART;TZID=Europe/Warsaw:20260303T170000", "DTEND;TZID=Europe/Warsaw:20260303T180000", "RRULE:FREQ=WEEKLY;COUNT=4", "SUMMARY:Klub"),
            VEvent("s@x", "RECURRENCE-ID;TZID=Europe/Warsaw:20260310T170000", "DTSTART;TZID=Europe/Warsaw:20260310T180000", "DTEND;TZID=Europe/Warsaw:20260310T190000", "SUMMARY:Zmiana")));

        NoProblems(result);
        var change = Assert.Single(Assert.Single(result.Events).Series!.Overrides);
        Assert.Equal((new LocalDate(2026, 3, 10), "Zmiana"), (change.OriginalDate, change.Title));
    }
}
