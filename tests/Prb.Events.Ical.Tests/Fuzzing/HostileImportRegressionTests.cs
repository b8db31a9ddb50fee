using System.Diagnostics;
using System.Globalization;
using System.Text;
using Prb.Events.Ical.Internal;
using Xunit.Abstractions;

namespace Prb.Events.Ical.Tests.Fuzzing;

/// <summary>The inputs that broke the importer before the hostile-input work, one test each: every one used to end in
/// an exception other than <see cref="IcalendarFormatException"/>, or in minutes of work and gigabytes of memory.</summary>
/// <remarks>Work is asserted as counted steps (<see cref="ImportWork"/>) and allocated octets, which are the same on a
/// busy machine as on an idle one; the milliseconds are only written to the test output.</remarks>
public class HostileImportRegressionTests(ITestOutputHelper output)
{
    /// <summary>What importing one small VEVENT may allocate: a few kilobytes with the importer's own reader (some 45 KB
    /// when Ical.Net parsed each VEVENT, which this bound was made for); still a thousandth of three million event days.</summary>
    private const long MaxAllocatedForOneVevent = 500_000;

    private static readonly IcalendarImporter Importer = new();

    private static string Calendar(params string[] components) =>
        ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Test//Test//EN\n" + string.Join("\n", components) + "\nEND:VCALENDAR\n").Replace("\n", "\r\n", StringComparison.Ordinal);

    private static string VEvent(string uid, params string[] properties) =>
        $"BEGIN:VEVENT\nUID:{uid}\nDTSTAMP:20111108T120000Z\n{string.Join("\n", properties)}\nEND:VEVENT";

    private static string Zone(string tzid, string start, string from, string to, string? rule = null) =>
        $"BEGIN:VTIMEZONE\nTZID:{tzid}\nBEGIN:STANDARD\nDTSTART:{start}\nTZOFFSETFROM:{from}\nTZOFFSETTO:{to}\n{(rule is null ? string.Empty : "RRULE:" + rule + "\n")}END:STANDARD\nEND:VTIMEZONE";

    [Theory]
    [InlineData("+2300", "+2300")]
    [InlineData("-2359", "+2359")]
    [InlineData("+1801", "+1801")]
    public void A_vtimezone_with_offsets_no_zone_can_have_is_a_diagnostic(string from, string to)
    {
        // Was: ArgumentOutOfRangeException from NodaTime (offsets are within ±18:00; savings of 36 hours neither).
        var result = Importer.Read(Calendar(
            Zone("Odd", "16010101T000000", from, to, "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"),
            VEvent("a@x", "DTSTART;TZID=Odd:20111109T100000")));

        Assert.Empty(result.Events);
        Assert.Equal(IcalendarDiagnosticCodes.UnsupportedTimeZoneRule, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void A_vtimezone_whose_transitions_leave_the_years_1_to_9999_is_a_diagnostic()
    {
        // Was: OverflowException ("Operation would overflow range of Instant").
        var result = Importer.Read(Calendar(
            Zone("End", "99991231T230000", "-1200", "-1200"),
            VEvent("a@x", "DTSTART;TZID=End:99991231T230000")));

        Assert.Empty(result.Events);
        Assert.Equal(IcalendarDiagnosticCodes.UnsupportedTimeZoneRule, Assert.Single(result.Diagnostics).Code);
    }

    [Theory]
    [InlineData("DTSTART:20111109T100000Z", "DURATION:P99999999D")]
    [InlineData("DTSTART;VALUE=DATE:20111109", "DURATION:P99999999W")]
    [InlineData("DTSTART;TZID=Europe/Warsaw:20111109T100000", "DURATION:P99999999D")]
    [InlineData("DTSTART;TZID=Europe/Warsaw:20111109T100000", "DURATION:PT2147483647H")]
    [InlineData("DTSTART;TZID=America/Adak:99991231T235959", "DTEND;TZID=America/Adak:99991231T235959")]
    [InlineData("DTSTART;TZID=Europe/Warsaw:99991231T100000", "DTEND;TZID=Europe/Warsaw:99991231T120000")]
    [InlineData("DTSTART;TZID=America/Adak:00010101T000000", "DTEND;TZID=America/Adak:00010101T010000")]
    public void Times_beyond_the_supported_range_are_diagnostics(string start, string end)
    {
        // Was: ArgumentOutOfRangeException or OverflowException from NodaTime.
        var result = Importer.Read(Calendar(VEvent("a@x", start, end), VEvent("b@x", "DTSTART:20111109T100000Z")));

        Assert.Equal("b", Assert.Single(result.Events).Id.Value);
        Assert.Contains(result.Diagnostics, d => d.Code == IcalendarDiagnosticCodes.InvalidValue && d.Severity == DiagnosticSeverity.Error);
    }

    [Theory]
    [InlineData("Europe/Warsaw", "99991230T100000", "99991230T120000")]
    [InlineData("Europe/Warsaw", "99981231T100000", "99990101T120000")]
    [InlineData("America/Adak", "00010102T000000", "00010102T010000")]
    public void An_event_at_the_ends_of_the_calendar_is_exported_and_read_back(string zone, string start, string end)
    {
        // Found by the fuzzer: an event imported in the year 9998 or 9999 could not be exported (the VTIMEZONE's window
        // ended before it started, and NodaTime threw an ArgumentOutOfRangeException).
        var imported = Assert.Single(Importer.Read(Calendar(VEvent("a@x", $"DTSTART;TZID={zone}:{start}", $"DTEND;TZID={zone}:{end}"))).Events);
        var text = TestSupport.Samples.Exporter().ToText(imported);
        var back = Assert.Single(Importer.Read(text).Events);
        Assert.Equal(imported.Start, back.Start);
        Assert.Equal(imported.End, back.End);
    }

    [Theory]
    [InlineData("DTSTART;VALUE=DATE:99991231")]
    [InlineData("DTSTART;VALUE=DATE:99991231", "DTEND;VALUE=DATE:99991230")]
    [InlineData("DTSTART;VALUE=DATE:99991231", "DTEND:99991231T235959Z")]
    [InlineData("DTSTART:20111109T100000Z", "GEO:NaN;17.03")]
    [InlineData("DTSTART:20111109T100000Z", "GEO:51.1;NaN")]
    public void Values_at_the_edges_found_by_the_fuzzer_are_diagnostics(params string[] properties)
    {
        // Found by the fuzzer: an all-day event on the last day there is (OverflowException making its next day), and
        // a GEO of NaN (which passed the range check and made the model throw).
        var result = Importer.Read(Calendar(VEvent("a@x", properties), VEvent("b@x", "DTSTART:20111109T100000Z")));

        Assert.Contains(result.Events, e => e.Id.Value == "b");
        Assert.NotEmpty(result.Diagnostics);
    }

    [Fact]
    public void A_url_whose_host_idna_refuses_is_left_out_of_the_export()
    {
        // Found by the fuzzer (a flipped bit in a URL's host, read as U+FFFD): Uri accepts the host and throws
        // UriFormatException when asked for its ASCII form, so the imported event could not be exported.
        var imported = Assert.Single(Importer.Read(Calendar(VEvent("a@x", "DTSTART:20111109T100000Z",
            "URL:https://www.exa\uFFFDple.org/wydarzenia", "CONFERENCE;VALUE=URI:https://x\u0378y.pl/spotkanie"))).Events);
        Assert.NotNull(imported.Url);

        var text = TestSupport.Samples.Exporter().ToText(imported);

        Assert.DoesNotContain("\r\nURL:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r\nCONFERENCE", text, StringComparison.Ordinal);
        Assert.Single(Importer.Read(text).Events);
    }

    [Fact]
    public void An_all_day_event_of_eight_thousand_years_is_a_diagnostic_not_three_million_days()
    {
        // Was: 3.6 million event days, a second and 300 MB for 150 octets.
        var text = Calendar(VEvent("a@x", "DTSTART;VALUE=DATE:00010102", "DTEND;VALUE=DATE:99991230"));
        var (result, allocated) = Measure(text);

        Assert.Equal(0, result.Work.EventDays);
        Assert.InRange(allocated, 0, MaxAllocatedForOneVevent);
        Assert.Empty(result.Events);
        Assert.Contains("3660", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);

        var decade = Importer.Read(Calendar(VEvent("a@x", "DTSTART;VALUE=DATE:20010101", "DTEND;VALUE=DATE:20101231")));
        Assert.Equal(3651, Assert.Single(decade.Events).Days.Count);
        Assert.Equal(3651, decade.Work.EventDays);
    }

    [Fact]
    public void Vtimezone_rules_share_one_budget_per_import()
    {
        // Was: 2,000 zones each with a rule for every Sunday since the year 1 — 230 million transitions, killed for
        // want of memory at 23 GB. Now the budget runs out within the first zone or two, and the rest are diagnostics.
        var components = Enumerable.Range(0, 2000).SelectMany(i => new[]
        {
            Zone($"Z{i}", "00010101T000000", "+0100", "+0100", "FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYDAY=SU"),
            VEvent($"e{i}@x", $"DTSTART;TZID=Z{i}:20111109T100000"),
        }).ToArray();
        var watch = Stopwatch.StartNew();
        var result = Importer.Read(Calendar(components));
        Report(result.Work, watch);

        // One budget for the import, not one per zone: the months and transitions of all 2,000 rules together stay
        // within it (and the DTSTART of each zone is a transition more). A budget per zone would be 2,000 budgets.
        Assert.InRange(result.Work.RuleMonths + result.Work.Transitions, RuleBudget.DefaultUnits / 2, RuleBudget.DefaultUnits + 2000);
        Assert.InRange(result.Work.RuleDates, 0, 31L * RuleBudget.DefaultUnits);
        Assert.InRange(result.Events.Count, 0, 2);
        Assert.Contains(result.Diagnostics, d => d.Code == IcalendarDiagnosticCodes.UnsupportedTimeZoneRule && d.Message.Contains("more occurrences", StringComparison.Ordinal));

        // An Outlook file's one custom zone is far within the budget.
        var outlook = Importer.Read(Calendar(
            Zone("Customized Time Zone", "16011028T030000", "+0200", "+0100", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10"),
            VEvent("o@x", "DTSTART;TZID=Customized Time Zone:20111109T100000")));
        Assert.Single(outlook.Events);
    }

    [Fact]
    public void A_rule_of_daylight_transitions_every_day_is_evaluated_in_linear_time()
    {
        // Found by the fuzzer: 1,357 octets took 7.8 seconds. Each transition looked back for the latest STANDARD one,
        // which a DAYLIGHT rule for every day of every month made 69,000 transitions away.
        var zone = "BEGIN:VTIMEZONE\nTZID:Daily\nBEGIN:STANDARD\nDTSTART:20101031T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nEND:STANDARD\n"
            + "BEGIN:DAYLIGHT\nRRULE:FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYDAY=MO,TU,WE,TH,FR,SA,SU\nDTSTART:20110327T020000\n"
            + "TZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nEND:DAYLIGHT\nEND:VTIMEZONE";
        var watch = Stopwatch.StartNew();
        var result = Importer.Read(Calendar(zone, VEvent("a@x", "DTSTART;TZID=Daily:20111109T100000")));
        Report(result.Work, watch);

        Assert.Single(result.Events);

        // Some 69,000 transitions (every day from 2011 to 2200), each visited a bounded number of times on the way
        // to its interval: the look-back made it 69,000 squared over two.
        Assert.InRange(result.Work.Transitions, 60_000, RuleBudget.DefaultUnits);
        Assert.InRange(result.Work.IntervalSteps, result.Work.Transitions, 2 * result.Work.Transitions);
    }

    [Fact]
    public void Components_nested_deeper_than_sixteen_are_skipped_and_what_follows_is_imported()
    {
        // Was: every line added to the lines of every open component — quadratic; a megabyte of BEGIN:VEVENT took hours.
        var deep = string.Concat(Enumerable.Repeat("BEGIN:X-DEEP\n", 40)) + "X-PROP:1\n" + string.Concat(Enumerable.Repeat("END:X-DEEP\n", 40));
        var result = Importer.Read(Calendar(deep.TrimEnd('\n'), VEvent("after@x", "DTSTART:20111109T100000Z", "SUMMARY:Po")));

        Assert.Equal("Po", Assert.Single(result.Events).Title);
        Assert.Contains(result.Diagnostics, d => d.Code == IcalendarDiagnosticCodes.InvalidComponent && d.Message.Contains("16", StringComparison.Ordinal));
    }

    [Fact]
    public void Unclosed_components_cost_a_bounded_number_of_steps_per_line()
    {
        // Was: every line added to the lines of every open component — quadratic; a megabyte of BEGIN:VEVENT took
        // hours. Ten thousand lines are enough to tell: quadratic would be 50 million steps, here it is at most 34 a line.
        var unclosed = Calendar(string.Concat(Enumerable.Repeat("BEGIN:VEVENT\n", 10_000)).TrimEnd('\n'));
        var watch = Stopwatch.StartNew();
        var result = Importer.Read(unclosed);
        Report(result.Work, watch);

        Assert.Empty(result.Events);
        Assert.InRange(result.Work.Lines, 10_000, 10_010);
        Assert.InRange(result.Work.TreeSteps, result.Work.Lines, WorkBounds.TreeStepsPerLine * result.Work.Lines);
        WorkBounds.AssertLinear(result.Work, Encoding.UTF8.GetByteCount(unclosed));
    }

    [Fact]
    public void A_fold_inside_a_character_is_restored()
    {
        // Was: IcalendarFormatException ("not UTF-8") for files that simple producers fold at 75 octets.
        var text = Calendar(VEvent("a@x", "DTSTART:20111109T100000Z", "SUMMARY:Zażółć gęślą jaźń 😀"));
        var octets = Encoding.UTF8.GetBytes(text).ToList();
        var summary = Encoding.UTF8.GetBytes("SUMMARY:Za").Length + text.IndexOf("SUMMARY:", StringComparison.Ordinal);
        octets.InsertRange(summary + 1, "\r\n "u8.ToArray());            // between the two octets of ż
        var emoji = octets.FindIndex(b => b == 0xF0);
        octets.InsertRange(emoji + 2, "\r\n\t"u8.ToArray());             // inside the four octets of 😀
        octets.InsertRange(emoji + 1, "\r\n "u8.ToArray());

        var result = Importer.Read(new MemoryStream([.. octets]));

        Assert.Equal("Zażółć gęślą jaźń 😀", Assert.Single(result.Events).Title);
    }

    /// <summary>Imports text twice and measures the second import's allocations, so that what the first import of a
    /// process loads (tzdb, Ical.Net's serializers) is not counted as the work of this input.</summary>
    [Fact]
    public void Exdates_thousands_of_years_apart_cost_one_look_each_not_the_occurrences_between()
    {
        // Was: the occurrences were walked from the first date named to the last, so two EXDATEs of a daily series, one
        // in 2027 and one in 9998, made 2.6 million occurrences, each resolved in the zone.
        static string Series(string exdates) => Calendar(VEvent("klub@x", "DTSTART;TZID=Europe/Warsaw:20270102T170000",
            "DTEND;TZID=Europe/Warsaw:20270102T180000", "RRULE:FREQ=DAILY", "EXDATE;TZID=Europe/Warsaw:" + exdates));
        var near = Measure(Series("20270105T170000,20270106T170000"));
        var far = Measure(Series("20270105T170000,99981230T170000"));

        var imported = Assert.Single(far.Result.Events);
        Assert.Equal([new NodaTime.LocalDate(2027, 1, 5), new NodaTime.LocalDate(9998, 12, 30)], imported.Series!.CancelledDates);
        Assert.Equal(2, far.Result.Work.SeriesDates);
        Assert.InRange(far.Allocated, 0, 2 * near.Allocated + 100_000);
    }

    [Fact]
    public void Recurrence_ids_of_a_counted_series_are_found_in_one_walk_of_its_dates()
    {
        // A counted rule's dates depend on every date before them, so they are walked from the first: once for all the
        // dates named, and never past the 10,000 dates a counted series may have.
        static string Series(int count, string last) => Calendar(
            VEvent("c@x", "DTSTART:20270102T170000Z", "DTEND:20270102T180000Z", $"RRULE:FREQ=DAILY;COUNT={count}",
                "EXDATE:" + string.Join(",", Enumerable.Range(1, 200).Select(i => new NodaTime.LocalDate(2027, 1, 2).PlusDays(i * 3).ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "T170000Z"))),
            VEvent("c@x", "RECURRENCE-ID:" + last, "DTSTART:20000101T090000Z", "DTEND:20000101T100000Z"));
        var counted = Measure(Series(EventLimits.MaxRecurrenceCount, "20540519T170000Z"));

        var imported = Assert.Single(counted.Result.Events);
        Assert.Equal(200, imported.Series!.CancelledDates.Count);
        Assert.Equal(new NodaTime.LocalDate(2054, 5, 19), Assert.Single(imported.Series.Overrides).OriginalDate);
        Assert.Equal(201, counted.Result.Work.SeriesDates);
        Assert.InRange(counted.Allocated, 0, WorkBounds.MaxAllocated(Encoding.UTF8.GetByteCount(Calendar()), counted.Result.Work) + 1_000_000);

        // One more than a counted series may hold: the rule is refused with the validator's reason, and the event is
        // its first occurrence, its EXDATEs and RECURRENCE-IDs reported.
        var over = Importer.Read(Series(EventLimits.MaxRecurrenceCount + 1, "20540519T170000Z"));
        Assert.Null(Assert.Single(over.Events).Series);
        Assert.Contains(over.Diagnostics, d => d.Code == IcalendarDiagnosticCodes.RecurrenceNotImported && d.Message.Contains(DiagnosticCodes.RecurrenceCountTooLarge, StringComparison.Ordinal));
    }

    [Fact]
    public void An_exdate_far_from_an_open_rule_that_is_no_occurrence_is_reported_at_once()
    {
        var result = Importer.Read(Calendar(VEvent("m@x", "DTSTART:20270129T170000Z", "DTEND:20270129T180000Z",
            "RRULE:FREQ=MONTHLY;BYDAY=-1FR", "EXDATE:99981225T170000Z,99981231T170000Z,20270226T170000Z")));

        Assert.Equal([new NodaTime.LocalDate(9998, 12, 25), new NodaTime.LocalDate(2027, 2, 26)], Assert.Single(result.Events).Series!.CancelledDates);
        var left = Assert.Single(result.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
        Assert.Equal((IcalendarDiagnosticCodes.RecurrenceNotImported, "9998-12-31 is not an occurrence of the rule; it is left out."), (left.Code, left.Message));
        Assert.Equal(3, result.Work.SeriesDates);
    }

    private (IcalendarImportResult Result, long Allocated) Measure(string text)
    {
        Importer.Read(text);
        var watch = Stopwatch.StartNew();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = Importer.Read(text);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Report(result.Work, watch, allocated);
        return (result, allocated);
    }

    private void Report(ImportWork work, Stopwatch watch, long? allocated = null) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{WorkBounds.Describe(work)}{(allocated is { } a ? $"; allocated {a / 1e3:0.0} KB" : string.Empty)}; {watch.Elapsed.TotalMilliseconds:0} ms (not asserted)"));
}
