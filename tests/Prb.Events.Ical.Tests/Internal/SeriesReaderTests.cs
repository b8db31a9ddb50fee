using NodaTime;

namespace Prb.Events.Ical.Tests.Internal;

/// <summary>
/// How the importer reads the recurrence of a VEVENT into a series (SeriesReader, and CalendarReader's cancelled and
/// changed occurrences), one behaviour each: which dates EXDATE and RECURRENCE-ID name, what a series cannot hold, and
/// what is reported where (found by mutation testing, see docs/mutation-testing.md).
/// </summary>
public class SeriesReaderTests
{
    private static readonly IcalendarImporter Importer = new();

    /// <summary>A calendar: BEGIN:VCALENDAR is line 1, VERSION 2, PRODID 3, and the first component starts on line 4.</summary>
    private static string Calendar(params string[] components) =>
        ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Test//Test//EN\n" + string.Join("\n", components) + "\nEND:VCALENDAR\n").Replace("\n", "\r\n", StringComparison.Ordinal);

    /// <summary>A VEVENT: BEGIN, UID, DTSTAMP, SUMMARY, the properties, END.</summary>
    private static string VEvent(string uid, params string[] properties) =>
        $"BEGIN:VEVENT\nUID:{uid}\nDTSTAMP:20111108T120000Z\nSUMMARY:Klub\n{string.Join("\n", properties)}\nEND:VEVENT";

    /// <summary>Weekly on Tuesdays at 00:30 in Warsaw (23:30 UTC on Mondays), from 3 March 2026: lines 8 and 9.</summary>
    private const string Night = "DTSTART;TZID=Europe/Warsaw:20260303T003000\nDTEND;TZID=Europe/Warsaw:20260303T013000";

    private static List<Diagnostic> Reported(IcalendarImportResult result) =>
        [.. result.Diagnostics.Where(d => d.Code == IcalendarDiagnosticCodes.RecurrenceNotImported)];

    // --- The rule -------------------------------------------------------------------------------------------------

    [Fact]
    public void Extra_dates_without_a_rule_are_reported_at_the_first_rdate()
    {
        var result = Importer.Read(Calendar(VEvent("k@x", Night, "RDATE;TZID=Europe/Warsaw:20260305T003000", "RDATE;TZID=Europe/Warsaw:20260306T003000")));
        Assert.Null(Assert.Single(result.Events).Series);
        var reported = Assert.Single(Reported(result));
        Assert.Equal(DiagnosticSeverity.Warning, reported.Severity);
        Assert.Equal(DiagnosticLocation.Input(10, 1, "RDATE"), reported.Location);
        Assert.Equal("the event recurs on extra dates (RDATE) without a rule, which a series cannot hold; only its first occurrence is imported.", reported.Message);
    }

    [Fact]
    public void Three_rules_are_reported_at_the_second_naming_their_number()
    {
        var result = Importer.Read(Calendar(VEvent("k@x", Night, "RRULE:FREQ=WEEKLY", "RRULE:FREQ=DAILY", "RRULE:FREQ=MONTHLY")));
        Assert.Null(Assert.Single(result.Events).Series);
        var reported = Assert.Single(Reported(result));
        Assert.Equal(DiagnosticLocation.Input(11, 1, "RRULE"), reported.Location);
        Assert.Equal("the event has 3 RRULEs and a series holds one; only its first occurrence is imported.", reported.Message);
    }

    [Fact]
    public void A_rule_the_model_cannot_hold_is_quoted_with_what_it_cannot_hold()
    {
        var result = Importer.Read(Calendar(VEvent("k@x", Night, "RRULE:FREQ=MINUTELY;BYSETPOS=2")));
        Assert.Null(Assert.Single(result.Events).Series);
        var reported = Assert.Single(Reported(result));
        Assert.Equal(DiagnosticLocation.Input(10, 1, "RRULE"), reported.Location);
        Assert.Equal("the rule 'FREQ=MINUTELY;BYSETPOS=2' cannot be held by a series (FREQ=MINUTELY; BYSETPOS=2); only its first occurrence is imported.", reported.Message);
    }

    [Fact]
    public void Extra_dates_beside_a_rule_are_listed_at_the_first_rdate_and_the_rule_kept()
    {
        var result = Importer.Read(Calendar(VEvent("k@x", Night, "RRULE:FREQ=WEEKLY;COUNT=3",
            "RDATE;TZID=Europe/Warsaw:20260305T003000", "RDATE;TZID=Europe/Warsaw:20260306T003000")));
        Assert.Equal("FREQ=WEEKLY;COUNT=3", Assert.Single(result.Events).Series!.Rule.ToString());
        var reported = Assert.Single(Reported(result));
        Assert.Equal(DiagnosticLocation.Input(11, 1, "RDATE"), reported.Location);
        Assert.Equal("the extra dates 20260305T003000,20260306T003000 (RDATE) cannot be held by a series; the rule is imported without them.", reported.Message);
    }

    [Fact]
    public void A_utc_until_of_a_zoned_series_is_the_date_of_its_instant_in_the_zone()
    {
        // 23:30 UTC on Monday 16 March is 00:30 on Tuesday 17 March in Warsaw: that start is allowed.
        var e = Assert.Single(Importer.Read(Calendar(VEvent("k@x", Night, "RRULE:FREQ=WEEKLY;UNTIL=20260316T233000Z"))).Events);
        Assert.Equal(new LocalDate(2026, 3, 17), e.Series!.Rule.Until);
    }

    [Fact]
    public void A_utc_until_of_a_floating_series_is_read_as_written()
    {
        // A floating series has no zone to move 23:30 UTC into: the last start it allows is 16 March at 23:30.
        var e = Assert.Single(Importer.Read(Calendar(VEvent("k@x", "DTSTART:20260303T003000", "RRULE:FREQ=WEEKLY;UNTIL=20260316T233000Z"))).Events);
        Assert.Equal(new LocalDate(2026, 3, 16), e.Series!.Rule.Until);
    }

    // --- Cancelled occurrences (EXDATE) ---------------------------------------------------------------------------

    [Theory]
    [InlineData("EXDATE:20260309T233000Z")]
    [InlineData("EXDATE;TZID=Europe/London:20260309T233000")]
    [InlineData("EXDATE;TZID=Europe/Warsaw:20260310T003000")]
    [InlineData("EXDATE:20260310T003000")]
    [InlineData("EXDATE;VALUE=DATE:20260310")]
    public void An_exdate_names_the_date_of_its_time_in_the_events_zone(string exdate)
    {
        var result = Importer.Read(Calendar(VEvent("k@x", Night, "RRULE:FREQ=WEEKLY;COUNT=4", exdate)));
        Assert.Equal([new LocalDate(2026, 3, 10)], Assert.Single(result.Events).Series!.CancelledDates);
        Assert.Empty(Reported(result));
    }

    [Fact]
    public void Utc_exdates_and_recurrence_ids_of_a_utc_series_name_dates_in_the_events_zone()
    {
        // 23:30 UTC on Mondays is 00:30 on Tuesdays in Warsaw, the zone the calendar names.
        var result = Importer.Read(Calendar("X-WR-TIMEZONE:Europe/Warsaw",
            VEvent("k@x", "DTSTART:20260302T233000Z", "DTEND:20260303T003000Z", "RRULE:FREQ=WEEKLY;COUNT=4", "EXDATE:20260309T233000Z"),
            VEvent("k@x", "RECURRENCE-ID:20260316T233000Z", "DTSTART:20260317T233000Z", "DTEND:20260318T003000Z")));
        var series = Assert.Single(result.Events).Series!;
        Assert.Equal([new LocalDate(2026, 3, 10)], series.CancelledDates);
        Assert.Equal(new LocalDate(2026, 3, 17), Assert.Single(series.Overrides).OriginalDate);
        Assert.Empty(Reported(result));
    }

    [Fact]
    public void An_occurrence_cancelled_twice_is_cancelled_once()
    {
        var result = Importer.Read(Calendar(VEvent("k@x", Night, "RRULE:FREQ=WEEKLY;COUNT=4",
            "EXDATE;TZID=Europe/Warsaw:20260310T003000", "EXDATE:20260309T233000Z", "EXDATE;TZID=Europe/Warsaw:20260317T003000")));
        Assert.Equal([new LocalDate(2026, 3, 10), new LocalDate(2026, 3, 17)], Assert.Single(result.Events).Series!.CancelledDates);
        Assert.Empty(Reported(result));
    }

    [Fact]
    public void An_exdate_off_the_rule_is_reported_at_its_line_and_the_series_kept_whole()
    {
        var result = Importer.Read(Calendar(VEvent("k@x", Night, "RRULE:FREQ=WEEKLY;COUNT=4", "EXDATE;TZID=Europe/Warsaw:20260311T003000")));
        var e = Assert.Single(result.Events);
        Assert.Empty(e.Series!.CancelledDates);
        Assert.Empty(e.Series.Overrides);
        var reported = Assert.Single(Reported(result));
        Assert.Equal(DiagnosticSeverity.Warning, reported.Severity);
        Assert.Equal(DiagnosticLocation.Input(11, 1, "EXDATE"), reported.Location);
        Assert.Equal("2026-03-11 is not an occurrence of the rule; it is left out.", reported.Message);
    }

    // --- Changed occurrences (RECURRENCE-ID) ----------------------------------------------------------------------

    [Theory]
    [InlineData("RECURRENCE-ID:20260309T233000Z")]
    [InlineData("RECURRENCE-ID;TZID=Europe/London:20260309T233000")]
    [InlineData("RECURRENCE-ID;TZID=Europe/Warsaw:20260310T003000")]
    [InlineData("RECURRENCE-ID:20260310T003000")]
    [InlineData("RECURRENCE-ID;VALUE=DATE:20260310")]
    public void A_recurrence_id_names_the_date_of_its_time_in_the_events_zone(string recurrenceId)
    {
        var result = Importer.Read(Calendar(
            VEvent("k@x", Night, "RRULE:FREQ=WEEKLY;COUNT=4"),
            VEvent("k@x", recurrenceId, "DTSTART;TZID=Europe/Warsaw:20260311T003000", "DTEND;TZID=Europe/Warsaw:20260311T013000")));
        var moved = Assert.Single(Assert.Single(result.Events).Series!.Overrides);
        Assert.Equal(new LocalDate(2026, 3, 10), moved.OriginalDate);
        Assert.Equal(new EventTime(new LocalDateTime(2026, 3, 11, 0, 30)), moved.Start);
        Assert.Equal(new EventTime(new LocalDateTime(2026, 3, 11, 1, 30)), moved.End);
        Assert.Empty(Reported(result));
    }

    [Fact]
    public void An_occurrence_changed_twice_keeps_the_first_change_and_reports_the_second()
    {
        var result = Importer.Read(Calendar(
            VEvent("k@x", Night, "RRULE:FREQ=WEEKLY;COUNT=4"),
            VEvent("k@x", "RECURRENCE-ID;TZID=Europe/Warsaw:20260310T003000", "DTSTART;TZID=Europe/Warsaw:20260311T003000"),
            VEvent("k@x", "RECURRENCE-ID:20260309T233000Z", "DTSTART;TZID=Europe/Warsaw:20260312T003000")));
        var moved = Assert.Single(Assert.Single(result.Events).Series!.Overrides);
        Assert.Equal(new LocalDateTime(2026, 3, 11, 0, 30), moved.Start.Local);
        var reported = Assert.Single(Reported(result));
        Assert.Equal(DiagnosticLocation.Input(19, 1, "RECURRENCE-ID"), reported.Location);
        Assert.Equal("the occurrence on 2026-03-10 of 'k@x' is changed twice; this change is not imported.", reported.Message);
    }

    [Fact]
    public void A_recurrence_id_off_the_rule_is_reported_at_its_vevent()
    {
        var result = Importer.Read(Calendar(
            VEvent("k@x", Night, "RRULE:FREQ=WEEKLY;COUNT=4"),
            VEvent("k@x", "RECURRENCE-ID;TZID=Europe/Warsaw:20260311T003000", "DTSTART;TZID=Europe/Warsaw:20260312T003000")));
        var e = Assert.Single(result.Events);
        Assert.Empty(e.Series!.Overrides);
        var reported = Assert.Single(Reported(result));
        Assert.Equal(DiagnosticSeverity.Warning, reported.Severity);
        Assert.Equal(DiagnosticLocation.Input(12, 1, "RECURRENCE-ID"), reported.Location);
        Assert.Equal("2026-03-11 is not an occurrence of the rule of 'k@x'; the change is not imported.", reported.Message);
    }

    [Fact]
    public void A_change_of_an_occurrence_an_exdate_cancels_is_reported_and_the_occurrence_stays_cancelled()
    {
        var result = Importer.Read(Calendar(
            VEvent("k@x", Night, "RRULE:FREQ=WEEKLY;COUNT=4", "EXDATE;TZID=Europe/Warsaw:20260310T003000"),
            VEvent("k@x", "RECURRENCE-ID;TZID=Europe/Warsaw:20260310T003000", "DTSTART;TZID=Europe/Warsaw:20260311T003000", "DTEND;TZID=Europe/Warsaw:20260311T013000"),
            VEvent("k@x", "RECURRENCE-ID;TZID=Europe/Warsaw:20260317T003000", "DTSTART;TZID=Europe/Warsaw:20260318T003000", "DTEND;TZID=Europe/Warsaw:20260318T013000")));
        var e = Assert.Single(result.Events);
        Assert.Equal([new LocalDate(2026, 3, 10)], e.Series!.CancelledDates);
        Assert.Equal(new LocalDate(2026, 3, 17), Assert.Single(e.Series.Overrides).OriginalDate);
        Assert.True(new EventValidator().Validate(e).IsValid);
        var reported = Assert.Single(Reported(result));
        Assert.Equal(DiagnosticLocation.Input(13, 1, "RECURRENCE-ID"), reported.Location);
        Assert.Equal("the occurrence on 2026-03-10 of 'k@x' is cancelled by an EXDATE; this change is not imported.", reported.Message);
    }

    [Fact]
    public void A_change_keeps_only_what_differs_from_the_series()
    {
        var result = Importer.Read(Calendar(
            VEvent("k@x", Night, "RRULE:FREQ=WEEKLY;COUNT=4", "DESCRIPTION:Co tydzień"),
            VEvent("k@x", "RECURRENCE-ID;TZID=Europe/Warsaw:20260310T003000", "DTSTART;TZID=Europe/Warsaw:20260311T003000", "DESCRIPTION:Co tydzień"),
            VEvent("k@x", "RECURRENCE-ID;TZID=Europe/Warsaw:20260317T003000", "DTSTART;TZID=Europe/Warsaw:20260317T003000", "DESCRIPTION:Wyjątkowo 📚")
                .Replace("SUMMARY:Klub", "SUMMARY:Klub — gość", StringComparison.Ordinal)));
        var overrides = Assert.Single(result.Events).Series!.Overrides.OrderBy(o => o.OriginalDate).ToList();
        Assert.Equal(2, overrides.Count);
        Assert.Equal((null, null, null), (overrides[0].Title, overrides[0].Description, overrides[0].Status));
        Assert.Equal(("Klub — gość", "Wyjątkowo 📚", (EventStatus?)null), (overrides[1].Title, overrides[1].Description, overrides[1].Status));
    }

    [Fact]
    public void A_change_of_a_cancelled_series_that_is_not_cancelled_is_scheduled()
    {
        var result = Importer.Read(Calendar(
            VEvent("k@x", Night, "RRULE:FREQ=WEEKLY;COUNT=4", "STATUS:CANCELLED"),
            VEvent("k@x", "RECURRENCE-ID;TZID=Europe/Warsaw:20260310T003000", "DTSTART;TZID=Europe/Warsaw:20260310T003000", "STATUS:CONFIRMED"),
            VEvent("k@x", "RECURRENCE-ID;TZID=Europe/Warsaw:20260317T003000", "DTSTART;TZID=Europe/Warsaw:20260317T013000", "STATUS:CANCELLED")));
        var e = Assert.Single(result.Events);
        Assert.Equal(EventStatus.Cancelled, e.Status);
        Assert.Equal([(EventStatus?)EventStatus.Scheduled, null], e.Series!.Overrides.OrderBy(o => o.OriginalDate).Select(o => o.Status));
    }

    [Fact]
    public void A_series_whose_exdates_and_changes_all_miss_the_rule_is_the_series_alone()
    {
        var result = Importer.Read(Calendar(
            VEvent("k@x", Night, "RRULE:FREQ=WEEKLY;COUNT=4", "EXDATE;TZID=Europe/Warsaw:20260311T003000"),
            VEvent("k@x", "RECURRENCE-ID;TZID=Europe/Warsaw:20260312T003000", "DTSTART;TZID=Europe/Warsaw:20260312T003000")));
        var e = Assert.Single(result.Events);
        Assert.Equal("FREQ=WEEKLY;COUNT=4", e.Series!.Rule.ToString());
        Assert.Empty(e.Series.CancelledDates);
        Assert.Empty(e.Series.Overrides);
        Assert.Equal(2, Reported(result).Count);
    }
}
