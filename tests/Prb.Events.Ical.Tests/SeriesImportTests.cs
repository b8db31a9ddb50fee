using CsCheck;
using NodaTime;
using Prb.Events.Ical.Tests.TestSupport;

namespace Prb.Events.Ical.Tests;

/// <summary>Series (issue 13) read back from iCalendar: RRULE into the rule, EXDATE into cancelled dates, VEVENTs with
/// RECURRENCE-ID into overrides; whatever a series cannot hold is reported with PRB2008, naming it.</summary>
public class SeriesImportTests
{
    private static readonly IcalendarExporter Exporter = Samples.Exporter(Samples.WithItems);

    private static readonly IcalendarImporter Importer = new();

    private static string Calendar(params string[] components) =>
        ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Test//Test//EN\n" + string.Join("\n", components) + "\nEND:VCALENDAR\n").Replace("\n", "\r\n", StringComparison.Ordinal);

    private static string VEvent(string uid, params string[] properties) =>
        $"BEGIN:VEVENT\nUID:{uid}\nDTSTAMP:20111108T120000Z\nSUMMARY:Klub\n{string.Join("\n", properties)}\nEND:VEVENT";

    private const string Start = "DTSTART;TZID=Europe/Warsaw:20260303T170000\nDTEND;TZID=Europe/Warsaw:20260303T183000";

    /// <summary>The series as compared: the rule (a yearly rule with all twelve months, which the writer adds to say
    /// "month days in every month" to every client, read as the same rule without months), the cancelled dates, and each
    /// override with its effective title, description and whether it is cancelled (iCalendar's STATUS says only that of
    /// the model's statuses, as for events: README, "Export"), and the instants of every occurrence to 2040. Override
    /// times are compared as instants (see <see cref="InstantOf"/>).</summary>
    private static string Shape(Event e)
    {
        var series = e.Series!;
        var rule = series.Rule;
        if (rule.Frequency == RecurrenceFrequency.Yearly && rule.ByMonth.Count == 12)
        {
            rule = new RecurrenceRule(rule.Frequency, rule.Interval, rule.ByDay, rule.ByMonthDay, null, rule.Until, rule.Count);
        }

        return string.Join("\n", [
            rule.ToString(),
            "cancelled " + string.Join(",", series.CancelledDates.Order()),
            .. SeriesOracle.Core(e, "x", Instant.FromUtc(2040, 1, 1, 0, 0)).Select(o => $"{o.Start} {o.End} {o.Summary}"),
            .. series.Overrides.OrderBy(o => o.OriginalDate).Select(o =>
                $"{o.OriginalDate:uuuu-MM-dd} {InstantOf(o.Start, e)} {InstantOf(o.End, e)} {o.Title ?? e.FullTitle} {o.Description ?? e.Description} cancelled={(o.Status ?? e.Status) == EventStatus.Cancelled}")]);
    }

    /// <summary>The instant of an override's time: a time the clocks skip comes back as the valid local time of the
    /// same instant (the exporter writes it in UTC), an ambiguous one with the offset it was resolved to.</summary>
    private static Instant InstantOf(EventTime time, Event e) => time.Offset is { } offset
        ? time.Local.WithOffset(offset).ToInstant()
        : DateTimeZoneProviders.Tzdb[e.TimeZoneId].ResolveLocal(time.Local, NodaTime.TimeZones.Resolvers.LenientResolver).ToInstant();

    private static Event RoundTrip(Event e)
    {
        var result = Importer.Read(Exporter.ToText(e));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == IcalendarDiagnosticCodes.RecurrenceNotImported);
        return Assert.Single(result.Events);
    }

    [Fact]
    public void The_example_series_comes_back_equal()
    {
        var e = EventDocumentSerializer.Read(File.ReadAllText(RepositoryRoot.PathOf("samples", "events", "example-series-klub-ksiazki.json")));
        Assert.True(e.Series!.CancelledDates.Count > 0 && e.Series.Overrides.Count > 0, "the example has a cancelled and a moved occurrence");
        var back = RoundTrip(e);
        Assert.Equal(Shape(e), Shape(back));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Random_series_come_back_equal(bool anyFrequency) =>
        SeriesOracleTests.Series("seria", icalNetOnly: anyFrequency).Sample(e =>
        {
            var (expected, actual) = (Shape(e), Shape(RoundTrip(e)));
            Assert.True(expected == actual, $"{Exporter.ToText(e)}\n--- expected\n{expected}\n--- actual\n{actual}");
        }, iter: 300);

    [Fact]
    public void Exdates_become_cancelled_dates_and_others_are_reported()
    {
        var result = Importer.Read(Calendar(VEvent("k@x", Start, "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
            "EXDATE;TZID=Europe/Warsaw:20260317T170000,20260318T170000", "EXDATE;TZID=Europe/London:20260331T160000", "EXDATE:20260414T150000Z")));
        var e = Assert.Single(result.Events);
        Assert.Equal([new LocalDate(2026, 3, 17), new LocalDate(2026, 3, 31), new LocalDate(2026, 4, 14)], e.Series!.CancelledDates);
        var reported = Assert.Single(result.Diagnostics, d => d.Code == IcalendarDiagnosticCodes.RecurrenceNotImported);
        Assert.Equal("EXDATE", reported.Location.Element);
        Assert.Contains("2026-03-18", reported.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rdates_are_reported_and_the_rule_kept()
    {
        var result = Importer.Read(Calendar(VEvent("k@x", Start, "RRULE:FREQ=WEEKLY;COUNT=4", "RDATE;TZID=Europe/Warsaw:20260305T170000")));
        var e = Assert.Single(result.Events);
        Assert.Equal("FREQ=WEEKLY;COUNT=4", e.Series!.Rule.ToString());
        var reported = Assert.Single(result.Diagnostics, d => d.Code == IcalendarDiagnosticCodes.RecurrenceNotImported);
        Assert.Equal("RDATE", reported.Location.Element);
        Assert.Contains("20260305T170000", reported.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "BYSETPOS=-1")]
    [InlineData("RRULE:FREQ=HOURLY", "FREQ=HOURLY")]
    [InlineData("RRULE:FREQ=WEEKLY\nRRULE:FREQ=MONTHLY", "2 RRULEs")]
    [InlineData("RDATE;TZID=Europe/Warsaw:20260305T170000", "RDATE")]
    [InlineData("RRULE:FREQ=WEEKLY;BYDAY=SU", "PRB1026")]
    public void A_rule_the_model_cannot_hold_leaves_the_first_occurrence_and_names_why(string recurrence, string named)
    {
        var result = Importer.Read(Calendar(VEvent("k@x", Start, recurrence.Replace("\n", "\r\n", StringComparison.Ordinal))));
        var e = Assert.Single(result.Events);
        Assert.Null(e.Series);
        Assert.Equal(new LocalDateTime(2026, 3, 3, 17, 0), Assert.Single(e.Days).Start.Local);
        var reported = Assert.Single(result.Diagnostics, d => d.Code == IcalendarDiagnosticCodes.RecurrenceNotImported);
        Assert.Contains(named, reported.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Changed_occurrences_become_overrides_and_ones_naming_no_occurrence_are_reported()
    {
        var result = Importer.Read(Calendar(
            VEvent("k@x", Start, "RRULE:FREQ=WEEKLY;COUNT=5", "DESCRIPTION:Co tydzień"),
            VEvent("k@x", "RECURRENCE-ID;TZID=Europe/Warsaw:20260310T170000", "DTSTART;TZID=Europe/Warsaw:20260311T180000",
                "DTEND;TZID=Europe/Warsaw:20260311T193000", "STATUS:CANCELLED").Replace("SUMMARY:Klub", "SUMMARY:Klub — wyjątkowo w środę 📚", StringComparison.Ordinal),
            VEvent("k@x", "RECURRENCE-ID;TZID=Europe/Warsaw:20260311T170000", "DTSTART;TZID=Europe/Warsaw:20260311T180000"),
            VEvent("nikt@x", "RECURRENCE-ID;TZID=Europe/Warsaw:20260310T170000", "DTSTART;TZID=Europe/Warsaw:20260311T180000")));
        var e = Assert.Single(result.Events);
        var moved = Assert.Single(e.Series!.Overrides);
        Assert.Equal(new LocalDate(2026, 3, 10), moved.OriginalDate);
        Assert.Equal(new LocalDateTime(2026, 3, 11, 18, 0), moved.Start.Local);
        Assert.Equal(new LocalDateTime(2026, 3, 11, 19, 30), moved.End.Local);
        Assert.Equal("Klub — wyjątkowo w środę 📚", moved.Title);
        Assert.Null(moved.Description);
        Assert.Equal(EventStatus.Cancelled, moved.Status);
        var reported = result.Diagnostics.Where(d => d.Code == IcalendarDiagnosticCodes.RecurrenceNotImported).ToList();
        Assert.Equal(2, reported.Count);
        Assert.Contains(reported, d => d.Message.Contains("2026-03-11 is not an occurrence", StringComparison.Ordinal));
        Assert.Contains(reported, d => d.Message.Contains("'nikt@x'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_series_starting_at_a_time_the_clocks_skip_keeps_its_written_time_of_day()
    {
        var result = Importer.Read(Calendar(VEvent("k@x", "DTSTART;TZID=Europe/Warsaw:20260329T023000", "DTEND;TZID=Europe/Warsaw:20260329T033000",
            "RRULE:FREQ=WEEKLY;COUNT=3")));
        var e = Assert.Single(result.Events);
        Assert.Equal(new LocalDateTime(2026, 3, 29, 2, 30), e.Days[0].Start.Local);
        var starts = SeriesOracle.Lenient.Occurrences(e, new Interval(null, null)).Select(o => o.Start.LocalDateTime).ToList();
        Assert.Equal([new LocalDateTime(2026, 3, 29, 3, 30), new LocalDateTime(2026, 4, 5, 2, 30), new LocalDateTime(2026, 4, 12, 2, 30)], starts);
    }
}
