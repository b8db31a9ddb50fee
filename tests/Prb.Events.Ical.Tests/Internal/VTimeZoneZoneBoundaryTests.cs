using NodaTime;
using Prb.Events.Ical.Internal;

namespace Prb.Events.Ical.Tests.Internal;

/// <summary>
/// The evaluator of an input's own VTIMEZONE at its edges, one behaviour each: which occurrences a rule makes, where
/// an interval starts, and the line and reason of each refusal (found by mutation testing, see
/// docs/mutation-testing.md).
/// </summary>
public class VTimeZoneZoneBoundaryTests
{
    private const string Standard = "BEGIN:STANDARD\r\nDTSTART:20001029T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\n";
    private const string Daylight = "BEGIN:DAYLIGHT\r\nDTSTART:20000326T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\n";

    private static ComponentNode Parse(string text)
    {
        var diagnostics = new List<Diagnostic>();
        var roots = ComponentTreeBuilder.Build(text, diagnostics);
        Assert.Empty(diagnostics);
        return roots.Single(r => r.Name == "VTIMEZONE");
    }

    private static string Vtimezone(params string[] observances) =>
        "BEGIN:VTIMEZONE\r\nTZID:Test\r\n" + string.Concat(observances) + "END:VTIMEZONE\r\n";

    /// <summary>A STANDARD observance from +0200 to +0100 with its DTSTART and more lines.</summary>
    private static string StandardFrom(string dtstart, params string[] lines) =>
        $"BEGIN:STANDARD\r\nDTSTART:{dtstart}\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n" + string.Concat(lines.Select(l => l + "\r\n")) + "END:STANDARD\r\n";

    private static VTimeZoneZone Zone(string text, ImportWork? work = null)
    {
        var zone = VTimeZoneZone.TryCreate("Test", Parse(text), out var line, out var reason, work: work);
        Assert.True(zone is not null, reason);
        Assert.Null(line);
        Assert.Null(reason);
        return zone;
    }

    private static (string? Line, string Reason) Refusal(string text, RuleBudget? budget = null)
    {
        var zone = VTimeZoneZone.TryCreate("Test", Parse(text), out var line, out var reason, budget);
        Assert.Null(zone);
        Assert.NotNull(reason);
        return (line?.Text, reason);
    }

    /// <summary>The UTC instants at which the zone's intervals start, from one year to the start of another.</summary>
    private static List<string> Transitions(VTimeZoneZone zone, int fromYear, int toYear) =>
        [.. zone.GetZoneIntervals(Instant.FromUtc(fromYear, 1, 1, 0, 0), Instant.FromUtc(toYear, 1, 1, 0, 0))
            .Where(i => i.HasStart && i.Start >= Instant.FromUtc(fromYear, 1, 1, 0, 0))
            .Select(i => i.Start.ToString())];

    /// <summary>The transitions of one yearly STANDARD rule with a DTSTART of 2000-01-01 00:00 (+0200).</summary>
    private static List<string> Rule(string rrule, int toYear = 2003, string dtstart = "20000101T000000") =>
        Transitions(Zone(Vtimezone(StandardFrom(dtstart, "RRULE:" + rrule))), 2000, toYear);

    // Intervals

    [Fact]
    public void Instant_of_a_transition_is_in_the_interval_it_starts()
    {
        var zone = Zone(Vtimezone(Standard + "END:STANDARD\r\n"));
        var transition = Instant.FromUtc(2000, 10, 29, 1, 0);

        Assert.Equal(Offset.FromHours(1), zone.GetUtcOffset(transition));
        Assert.Equal(Offset.FromHours(2), zone.GetUtcOffset(transition - Duration.Epsilon));
        Assert.Equal(transition, zone.GetZoneInterval(transition).Start);
        Assert.Equal(transition, zone.GetZoneInterval(transition - Duration.Epsilon).End);
    }

    [Fact]
    public void Time_before_the_first_transition_has_the_offset_it_comes_from()
    {
        var zone = Zone(Vtimezone(Standard + "END:STANDARD\r\n"));
        var before = zone.GetZoneInterval(Instant.FromUtc(1990, 1, 1, 0, 0));

        Assert.False(before.HasStart);
        Assert.Equal(Offset.FromHours(2), before.WallOffset);
        Assert.Equal("CET", before.Name);
    }

    [Fact]
    public void Daylight_interval_has_its_savings_over_the_latest_standard_offset()
    {
        var zone = Zone(Vtimezone(Standard + "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\n",
            Daylight + "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\n"));
        var summer = zone.GetZoneInterval(Instant.FromUtc(2001, 7, 1, 0, 0));
        var winter = zone.GetZoneInterval(Instant.FromUtc(2001, 12, 1, 0, 0));

        Assert.Equal(("CEST", Offset.FromHours(2), Offset.FromHours(1)), (summer.Name, summer.WallOffset, summer.Savings));
        Assert.Equal(("CET", Offset.FromHours(1), Offset.Zero), (winter.Name, winter.WallOffset, winter.Savings));
    }

    [Fact]
    public void Second_daylight_transition_in_a_row_saves_over_the_standard_offset()
    {
        // British Double Summer Time (1941): GMT, then BST (+1), then BDST (+2) — both daylight, over GMT.
        var zone = Zone(Vtimezone(
            "BEGIN:STANDARD\r\nDTSTART:20000101T000000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0000\r\nTZNAME:GMT\r\nEND:STANDARD\r\n",
            "BEGIN:DAYLIGHT\r\nDTSTART:20000301T010000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nTZNAME:BST\r\nEND:DAYLIGHT\r\n",
            "BEGIN:DAYLIGHT\r\nDTSTART:20000501T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:BDST\r\nEND:DAYLIGHT\r\n"));
        var doubleSummer = zone.GetZoneInterval(Instant.FromUtc(2000, 6, 1, 0, 0));

        Assert.Equal(("BDST", Offset.FromHours(2), Offset.FromHours(2)), (doubleSummer.Name, doubleSummer.WallOffset, doubleSummer.Savings));
    }

    [Fact]
    public void Daylight_before_any_standard_transition_saves_over_the_offset_it_comes_from()
    {
        var zone = Zone(Vtimezone(Daylight + "END:DAYLIGHT\r\n"));

        Assert.Equal(Offset.FromHours(1), zone.GetZoneInterval(Instant.FromUtc(2000, 7, 1, 0, 0)).Savings);
    }

    [Fact]
    public void Zone_knows_its_least_and_greatest_offsets()
    {
        var zone = Zone(Vtimezone(Standard + "END:STANDARD\r\n", Daylight + "END:DAYLIGHT\r\n",
            StandardFrom("20050101T000000").Replace("TZOFFSETTO:+0100", "TZOFFSETTO:-0300", StringComparison.Ordinal)));

        Assert.Equal(Offset.FromHours(-3), zone.MinOffset);
        Assert.Equal(Offset.FromHours(2), zone.MaxOffset);
    }

    [Fact]
    public void Offset_before_the_first_transition_counts_for_the_least_and_greatest()
    {
        var zone = Zone(Vtimezone(Standard + "END:STANDARD\r\n"));

        Assert.Equal((Offset.FromHours(1), Offset.FromHours(2)), (zone.MinOffset, zone.MaxOffset));
    }

    [Fact]
    public void Observance_without_TZNAME_is_named_after_the_TZID()
    {
        var zone = Zone(Vtimezone(StandardFrom("20000101T000000")));

        Assert.Equal("Test", zone.GetZoneInterval(Instant.FromUtc(2001, 1, 1, 0, 0)).Name);
        Assert.Equal("Test", zone.GetZoneInterval(Instant.FromUtc(1999, 1, 1, 0, 0)).Name);
    }

    [Fact]
    public void TZNAME_is_unescaped()
    {
        var zone = Zone(Vtimezone(StandardFrom("20000101T000000", "TZNAME:A\\,B")));

        Assert.Equal("A,B", zone.GetZoneInterval(Instant.FromUtc(2001, 1, 1, 0, 0)).Name);
    }

    [Fact]
    public void Location_is_X_LIC_LOCATION_or_null()
    {
        var with = Zone(Vtimezone(StandardFrom("20000101T000000")).Replace("TZID:Test\r\n", "TZID:Test\r\nX-LIC-LOCATION:Europe/Warsaw\r\n", StringComparison.Ordinal));

        Assert.Equal("Europe/Warsaw", with.Location);
        Assert.Null(Zone(Vtimezone(StandardFrom("20000101T000000"))).Location);
    }

    [Fact]
    public void Components_other_than_standard_and_daylight_are_ignored()
    {
        var zone = Zone(Vtimezone("BEGIN:X-OTHER\r\nDTSTART:nonsense\r\nEND:X-OTHER\r\n", StandardFrom("20000101T000000")));

        Assert.Equal(["1999-12-31T22:00:00Z"], Transitions(zone, 1999, 2001));
    }

    [Fact]
    public void Observances_starting_at_one_instant_make_one_transition()
    {
        var zone = Zone(Vtimezone(StandardFrom("20000101T000000"), StandardFrom("20000101T000000")));

        Assert.Single(Transitions(zone, 1999, 2001));
    }

    [Fact]
    public void RDATE_list_adds_a_transition_at_each_date()
    {
        var zone = Zone(Vtimezone(StandardFrom("20000101T000000", "RDATE:20010101T000000,20020101T000000", "RDATE:20030101T000000")));

        Assert.Equal(["1999-12-31T22:00:00Z", "2000-12-31T22:00:00Z", "2001-12-31T22:00:00Z", "2002-12-31T22:00:00Z"], Transitions(zone, 1999, 2004));
    }

    // Yearly rules

    [Fact]
    public void Rule_runs_through_the_year_2200_and_stops_after_it()
    {
        var zone = Zone(Vtimezone(StandardFrom("20001029T030000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10")));

        Assert.Single(Transitions(zone, 2200, 2201));
        Assert.Empty(Transitions(zone, 2201, 2300));
    }

    [Fact]
    public void Rule_without_BYMONTH_recurs_in_the_month_of_DTSTART()
    {
        Assert.Equal(["1999-12-31T22:00:00Z", "2000-12-31T22:00:00Z", "2001-12-31T22:00:00Z"], Transitions(Zone(Vtimezone(StandardFrom("20000101T000000", "RRULE:FREQ=YEARLY"))), 1999, 2002));
    }

    [Fact]
    public void Rule_occurrence_before_DTSTART_in_its_first_year_is_skipped()
    {
        // The last Sunday of October 2000 is the 29th, before a DTSTART of the 30th.
        Assert.Equal(["2000-10-30T01:00:00Z", "2001-10-28T01:00:00Z"], Rule("BYDAY=-1SU;BYMONTH=10;FREQ=YEARLY", 2002, "20001030T030000"));
    }

    [Fact]
    public void Rule_parts_are_case_insensitive_and_WKST_is_ignored()
    {
        Assert.Equal(["2000-10-29T01:00:00Z", "2001-10-28T01:00:00Z"], Rule("freq=yearly;byday=-1su;bymonth=10;wkst=MO", 2002, "20001029T030000"));
    }

    [Fact]
    public void BYMONTH_out_of_order_recurs_in_date_order_up_to_UNTIL()
    {
        // October is listed first, but March comes first in the year and before UNTIL.
        Assert.Equal(["2000-02-29T22:00:00Z"], Rule("FREQ=YEARLY;BYMONTH=10,3;BYMONTHDAY=1;UNTIL=20000601T000000", 2005));
    }

    [Fact]
    public void COUNT_counts_the_DTSTART_occurrence()
    {
        Assert.Equal(["1999-12-31T22:00:00Z", "2000-12-31T22:00:00Z"], Transitions(Zone(Vtimezone(StandardFrom("20000101T000000", "RRULE:FREQ=YEARLY;COUNT=2"))), 1999, 2010));
    }

    [Fact]
    public void COUNT_of_zero_makes_no_occurrence_beyond_DTSTART()
    {
        Assert.Equal(["1999-12-31T22:00:00Z"], Transitions(Zone(Vtimezone(StandardFrom("20000101T000000", "RRULE:FREQ=YEARLY;COUNT=0"))), 1999, 2010));
    }

    [Fact]
    public void INTERVAL_of_two_recurs_every_other_year()
    {
        Assert.Equal(["1999-12-31T22:00:00Z", "2001-12-31T22:00:00Z"], Transitions(Zone(Vtimezone(StandardFrom("20000101T000000", "RRULE:FREQ=YEARLY;INTERVAL=2"))), 1999, 2003));
    }

    [Fact]
    public void Local_UNTIL_on_an_occurrence_includes_it()
    {
        Assert.Equal(["2000-10-29T01:00:00Z", "2001-10-28T01:00:00Z"], Rule("FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10;UNTIL=20011028T030000", 2005, "20001029T030000"));
    }

    [Fact]
    public void Local_UNTIL_a_second_before_an_occurrence_excludes_it()
    {
        Assert.Equal(["2000-10-29T01:00:00Z"], Rule("FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10;UNTIL=20011028T025959", 2005, "20001029T030000"));
    }

    [Fact]
    public void Utc_UNTIL_on_an_occurrence_includes_it()
    {
        // 03:00 at the +0200 the rule's occurrences come from is 01:00 UTC.
        Assert.Equal(["2000-10-29T01:00:00Z", "2001-10-28T01:00:00Z"], Rule("FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10;UNTIL=20011028T010000Z", 2005, "20001029T030000"));
    }

    [Fact]
    public void Utc_UNTIL_a_second_before_an_occurrence_excludes_it()
    {
        Assert.Equal(["2000-10-29T01:00:00Z"], Rule("FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10;UNTIL=20011028T005959Z", 2005, "20001029T030000"));
    }

    [Fact]
    public void Date_UNTIL_includes_occurrences_on_that_day()
    {
        Assert.Equal(["2000-10-29T21:00:00Z", "2001-10-28T21:00:00Z"], Rule("FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10;UNTIL=20011028", 2005, "20001029T230000"));
    }

    [Fact]
    public void BYMONTHDAY_counts_from_the_start_or_from_the_end_of_the_month()
    {
        Assert.Equal(["2000-02-01T22:00:00Z", "2000-02-28T22:00:00Z"], Rule("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=2,-1", 2001));
    }

    [Fact]
    public void BYMONTHDAY_past_the_end_of_a_month_is_skipped()
    {
        // February 2000 has neither a 31st nor a 30th day from its end; March has both (the 31st and the 2nd), April the 1st.
        Assert.Equal(["2000-03-01T22:00:00Z", "2000-03-30T22:00:00Z", "2000-03-31T22:00:00Z"], Rule("FREQ=YEARLY;BYMONTH=2,3,4;BYMONTHDAY=31,-30", 2001));
    }

    [Fact]
    public void BYMONTHDAY_of_the_last_and_first_days_of_a_month_are_kept()
    {
        // January: the 31st and the 3rd; February 2000 (29 days): the 1st.
        Assert.Equal(["2000-01-02T22:00:00Z", "2000-01-30T22:00:00Z", "2000-01-31T22:00:00Z"], Rule("FREQ=YEARLY;BYMONTH=1,2;BYMONTHDAY=31,-29", 2001));
    }

    [Fact]
    public void Day_of_DTSTART_past_the_end_of_a_month_is_skipped()
    {
        Assert.Equal(["2000-01-30T22:00:00Z", "2000-03-30T22:00:00Z"], Rule("FREQ=YEARLY;BYMONTH=1,2,3", 2001, "20000131T000000"));
    }

    [Fact]
    public void BYDAY_fifth_sunday_exists_only_in_months_that_have_one()
    {
        // April 2000 has five Sundays (the 2nd to the 30th), May 2000 four.
        Assert.Equal(["2000-04-29T22:00:00Z"], Rule("FREQ=YEARLY;BYMONTH=4,5;BYDAY=5SU", 2001));
        Assert.Equal(["2000-04-01T22:00:00Z"], Rule("FREQ=YEARLY;BYMONTH=4,5;BYDAY=-5SU", 2001));
    }

    [Fact]
    public void BYDAY_first_and_second_weekday_count_from_the_start_of_the_month()
    {
        Assert.Equal(["2000-03-05T22:00:00Z", "2000-03-12T22:00:00Z"], Rule("FREQ=YEARLY;BYMONTH=3;BYDAY=1MO,+2MO", 2001));
    }

    [Fact]
    public void BYDAY_without_an_ordinal_is_every_such_day_of_the_month()
    {
        Assert.Equal(["2000-02-01T22:00:00Z", "2000-02-08T22:00:00Z", "2000-02-15T22:00:00Z", "2000-02-22T22:00:00Z"],
            Rule("FREQ=YEARLY;BYMONTH=2;BYDAY=WE", 2001));
    }

    [Fact]
    public void BYDAY_with_BYMONTHDAY_keeps_the_days_in_both()
    {
        // The first Sunday on or after the 8th, as the US rules of 1987-2006 were written: 2000-04-09.
        Assert.Equal(["2000-04-08T22:00:00Z"], Rule("FREQ=YEARLY;BYMONTH=4;BYDAY=SU;BYMONTHDAY=8,9,10,11,12,13,14", 2001));
        Assert.Equal(["2000-04-29T22:00:00Z"], Rule("FREQ=YEARLY;BYMONTH=4;BYDAY=SU;BYMONTHDAY=-1,-2,-3,-4,-5,-6,-7", 2001));
    }

    [Theory]
    [InlineData("TU", "2000-01-31T22:00:00Z")]
    [InlineData("WE", "2000-02-01T22:00:00Z")]
    [InlineData("TH", "2000-02-02T22:00:00Z")]
    [InlineData("FR", "2000-02-03T22:00:00Z")]
    [InlineData("SA", "2000-02-04T22:00:00Z")]
    [InlineData("SU", "2000-02-05T22:00:00Z")]
    [InlineData("MO", "2000-02-06T22:00:00Z")]
    public void BYDAY_names_each_weekday(string day, string first)
    {
        // 2000-02-01 was a Tuesday.
        Assert.Equal([first], Rule($"FREQ=YEARLY;BYMONTH=2;BYDAY=1{day}", 2001));
    }

    [Fact]
    public void Work_counts_every_month_date_and_transition_of_outlooks_rules()
    {
        var work = new ImportWork();
        Zone(Vtimezone(
            "BEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\n",
            "BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\n"), work);

        // Two rules over the 600 years 1601-2200: a month a year each, each of its 31 days looked at once, an occurrence
        // a year each plus the two DTSTARTs; every transition visited on its way to an interval, and once more unless
        // it is a duplicate (the two DTSTARTs are one instant: 03:00 at +0200 and 02:00 at +0100).
        Assert.Equal(1200, work.RuleMonths);
        Assert.Equal(37_200, work.RuleDates);
        Assert.Equal(1202, work.Transitions);
        Assert.Equal(1202 + 1201, work.IntervalSteps);
    }

    [Fact]
    public void Work_counts_BYMONTHDAY_dates_and_RDATEs()
    {
        var work = new ImportWork();
        Zone(Vtimezone(StandardFrom("21990101T000000", "RDATE:20000101T000000,20010101T000000", "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=1,2,3")), work);

        // February of 2199 and 2200, three dates each, all of them occurrences; the DTSTART and two RDATEs.
        Assert.Equal(2, work.RuleMonths);
        Assert.Equal(6, work.RuleDates);
        Assert.Equal(1 + 2 + 6, work.Transitions);
        Assert.Equal(2 * 9, work.IntervalSteps);
    }

    [Fact]
    public void Work_counts_the_BYMONTHDAY_check_of_each_BYDAY_date()
    {
        var work = new ImportWork();
        Zone(Vtimezone(StandardFrom("22000101T000000", "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=SU;BYMONTHDAY=6,7")), work);

        // April 2200: its 30 days looked at for Sundays, then its four Sundays (6th to 27th) checked against two days.
        Assert.Equal(1, work.RuleMonths);
        Assert.Equal(30 + (4 * 2), work.RuleDates);
        Assert.Equal(2, work.Transitions);
    }

    [Fact]
    public void Budget_pays_for_each_month_by_its_rule_parts_and_for_each_occurrence()
    {
        var budget = new RuleBudget(1000);
        var zone = VTimeZoneZone.TryCreate("Test", Parse(Vtimezone(StandardFrom("21990101T000000", "RDATE:20000101T000000",
            "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTHDAY=1,2,3,4,5,6,7"))), out _, out var reason, budget);
        Assert.True(zone is not null, reason);

        // One RDATE; January of 2199 and 2200 at 1 + 1 BYDAY + 7 BYMONTHDAY each; their first Sundays.
        Assert.Equal(1000 - 1 - (2 * 9) - 2, budget.Remaining);
    }

    // Refusals: the line at fault and the reason

    [Theory]
    [InlineData("DTSTART")]
    [InlineData("TZOFFSETFROM")]
    [InlineData("TZOFFSETTO")]
    public void Observance_without_a_required_property_is_refused_at_its_BEGIN(string missing)
    {
        var text = Vtimezone(StandardFrom("20000101T000000").Replace(missing + ":", "X-" + missing + ":", StringComparison.Ordinal));

        Assert.Equal(("BEGIN:STANDARD", "the STANDARD observance needs DTSTART, TZOFFSETFROM and TZOFFSETTO"), Refusal(text));
    }

    [Fact]
    public void DTSTART_that_is_not_a_local_date_time_is_refused()
    {
        Assert.Equal(("DTSTART:20000101", "'20000101' is not a local date-time"), Refusal(Vtimezone(StandardFrom("20000101"))));
    }

    [Fact]
    public void TZOFFSETFROM_that_is_not_an_offset_is_refused()
    {
        var text = Vtimezone(StandardFrom("20000101T000000").Replace("TZOFFSETFROM:+0200", "TZOFFSETFROM:+2", StringComparison.Ordinal));

        Assert.Equal(("TZOFFSETFROM:+2", "'+2' is not a UTC offset from -18:00 to +18:00"), Refusal(text));
    }

    [Fact]
    public void TZOFFSETTO_that_is_not_an_offset_is_refused()
    {
        var text = Vtimezone(StandardFrom("20000101T000000").Replace("TZOFFSETTO:+0100", "TZOFFSETTO:0100", StringComparison.Ordinal));

        Assert.Equal(("TZOFFSETTO:0100", "'0100' is not a UTC offset from -18:00 to +18:00"), Refusal(text));
    }

    [Fact]
    public void Offset_beyond_18_hours_is_refused()
    {
        var text = Vtimezone(StandardFrom("20000101T000000").Replace("TZOFFSETTO:+0100", "TZOFFSETTO:+1900", StringComparison.Ordinal));

        Assert.Equal(("TZOFFSETTO:+1900", "'+1900' is not a UTC offset from -18:00 to +18:00"), Refusal(text));
    }

    [Fact]
    public void RDATE_that_is_not_a_local_date_time_is_refused()
    {
        var text = Vtimezone(StandardFrom("20000101T000000", "RDATE:20010101T000000,2002"));

        Assert.Equal(("RDATE:20010101T000000,2002", "'2002' is not a local date-time"), Refusal(text));
    }

    [Fact]
    public void RDATE_beyond_the_budget_is_refused()
    {
        var text = Vtimezone(StandardFrom("20000101T000000", "RDATE:20010101T000000,20020101T000000"));

        var (line, reason) = Refusal(text, new RuleBudget(1));

        Assert.Equal("RDATE:20010101T000000,20020101T000000", line);
        Assert.StartsWith("the rules of this input's VTIMEZONEs have more occurrences than an import evaluates", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void RDATEs_within_the_budget_are_evaluated()
    {
        var zone = VTimeZoneZone.TryCreate("Test", Parse(Vtimezone(StandardFrom("20000101T000000", "RDATE:20010101T000000,20020101T000000"))), out _, out _, new RuleBudget(2));

        Assert.NotNull(zone);
    }

    [Fact]
    public void Rule_months_beyond_the_budget_are_refused()
    {
        var text = Vtimezone(StandardFrom("20000101T000000", "RRULE:FREQ=YEARLY;BYDAY=1SU"));

        var (line, reason) = Refusal(text, new RuleBudget(3));

        Assert.Equal("RRULE:FREQ=YEARLY;BYDAY=1SU", line);
        Assert.StartsWith("the rules of this input's VTIMEZONEs have more occurrences", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule_occurrences_beyond_the_budget_are_refused()
    {
        // A month costs 1 with no BYDAY or BYMONTHDAY, an occurrence 1: with 1 unit the month is paid, not its occurrence.
        var text = Vtimezone(StandardFrom("22000101T000000", "RRULE:FREQ=YEARLY"));

        Assert.NotNull(VTimeZoneZone.TryCreate("Test", Parse(text), out _, out _, new RuleBudget(2)));
        Assert.StartsWith("the rules of this input's VTIMEZONEs have more occurrences", Refusal(text, new RuleBudget(1)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void VTIMEZONE_without_an_observance_is_refused_at_its_BEGIN()
    {
        Assert.Equal(("BEGIN:VTIMEZONE", "the VTIMEZONE has no STANDARD or DAYLIGHT observance"), Refusal(Vtimezone("BEGIN:X-OTHER\r\nEND:X-OTHER\r\n")));
    }

    [Theory]
    [InlineData("FREQ=YEARLY;BYMONTH", "'BYMONTH' is not a rule part NAME=value")]
    [InlineData("FREQ=MONTHLY", "only FREQ=YEARLY rules are supported in a VTIMEZONE, not 'MONTHLY'")]
    [InlineData("BYMONTH=10", "only FREQ=YEARLY rules are supported in a VTIMEZONE, not ''")]
    [InlineData("FREQ=YEARLY;BYMONTH=13", "BYMONTH '13' is not a list of months")]
    [InlineData("FREQ=YEARLY;BYMONTH=0", "BYMONTH '0' is not a list of months")]
    [InlineData("FREQ=YEARLY;BYMONTH=1,,2", "BYMONTH '1,,2' is not a list of months")]
    [InlineData("FREQ=YEARLY;BYMONTHDAY=32", "BYMONTHDAY '32' is not a list of days")]
    [InlineData("FREQ=YEARLY;BYMONTHDAY=-32", "BYMONTHDAY '-32' is not a list of days")]
    [InlineData("FREQ=YEARLY;BYMONTHDAY=0", "BYMONTHDAY '0' is not a list of days")]
    [InlineData("FREQ=YEARLY;BYDAY=S", "BYDAY 'S' is not a day such as SU, 1SU or -1SU")]
    [InlineData("FREQ=YEARLY;BYDAY=XX", "BYDAY 'XX' is not a day such as SU, 1SU or -1SU")]
    [InlineData("FREQ=YEARLY;BYDAY=0SU", "BYDAY '0SU' is not a day such as SU, 1SU or -1SU")]
    [InlineData("FREQ=YEARLY;BYDAY=6SU", "BYDAY '6SU' is not a day such as SU, 1SU or -1SU")]
    [InlineData("FREQ=YEARLY;BYDAY=-6SU", "BYDAY '-6SU' is not a day such as SU, 1SU or -1SU")]
    [InlineData("FREQ=YEARLY;BYDAY=LASTSU", "BYDAY 'LASTSU' is not a day such as SU, 1SU or -1SU")]
    [InlineData("FREQ=YEARLY;COUNT=many", "COUNT 'many' is not a number")]
    [InlineData("FREQ=YEARLY;COUNT=-1", "COUNT '-1' is not a number")]
    [InlineData("FREQ=YEARLY;INTERVAL=0", "INTERVAL '0' is not a positive number")]
    [InlineData("FREQ=YEARLY;INTERVAL=x", "INTERVAL 'x' is not a positive number")]
    [InlineData("FREQ=YEARLY;UNTIL=2001", "UNTIL '2001' is not a date or date-time")]
    [InlineData("FREQ=YEARLY;BYSETPOS=1", "the rule part BYSETPOS is not supported in a VTIMEZONE")]
    public void Rule_it_cannot_evaluate_is_refused_at_the_RRULE_with_the_reason(string rrule, string reason)
    {
        Assert.Equal(("RRULE:" + rrule, reason), Refusal(Vtimezone(StandardFrom("20000101T000000", "RRULE:" + rrule))));
    }

    [Theory]
    [InlineData("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-31;BYDAY=5SU,-5SU")]
    [InlineData("FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=31,1;BYDAY=MO, TU")]
    public void Rule_at_the_limits_of_each_part_is_evaluated(string rrule)
    {
        Zone(Vtimezone(StandardFrom("20000101T000000", "RRULE:" + rrule)));
    }
}
