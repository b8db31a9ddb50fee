using NodaTime;
using Prb.Events.Ical.Internal;

namespace Prb.Events.Ical.Tests.Internal;

/// <summary>
/// Boundaries of the RRULE reader, one behaviour each: what it takes into a rule, and for what it cannot hold, the exact part it names
/// (the importer puts those names into its PRB2008 warning, so a user learns what was not imported and why). Found by
/// mutation testing, see docs/mutation-testing.md.
/// </summary>
public class RecurrenceRuleParserBoundaryTests
{
    private static readonly LocalDateTime Start = new(2026, 3, 3, 17, 0);

    private static readonly DateTimeZone Warsaw = DateTimeZoneProviders.Tzdb["Europe/Warsaw"];

    private static string Rule(string value, DateTimeZone? zone = null)
    {
        var result = RecurrenceRuleParser.Parse(value, Start, zone);
        Assert.True(result.Rule is not null, $"not held: {string.Join("; ", result.NotHeld)}");
        Assert.Empty(result.NotHeld);
        return result.Rule.ToString();
    }

    private static IReadOnlyList<string> NotHeld(string value, DateTimeZone? zone = null)
    {
        var result = RecurrenceRuleParser.Parse(value, Start, zone);
        Assert.Null(result.Rule);
        return result.NotHeld;
    }

    [Theory]
    [InlineData("FREQ=DAILY", "FREQ=DAILY")]
    [InlineData("FREQ=WEEKLY", "FREQ=WEEKLY")]
    [InlineData("FREQ=MONTHLY", "FREQ=MONTHLY")]
    [InlineData("FREQ=YEARLY", "FREQ=YEARLY")]
    [InlineData("freq=weekly;byday=tu,th", "FREQ=WEEKLY;BYDAY=TU,TH")]
    [InlineData("  FREQ = WEEKLY ; INTERVAL = 2 ", "FREQ=WEEKLY;INTERVAL=2")]
    [InlineData(";FREQ=DAILY;;COUNT=3;", "FREQ=DAILY;COUNT=3")]
    [InlineData("FREQ=DAILY; ", "FREQ=DAILY")]
    public void Each_frequency_is_read_in_any_case_with_space_and_empty_parts_ignored(string value, string expected) =>
        Assert.Equal(expected, Rule(value));

    [Theory]
    [InlineData("FREQ=HOURLY", "FREQ=HOURLY")]
    [InlineData("FREQ=SECONDLY", "FREQ=SECONDLY")]
    [InlineData("FREQ=", "FREQ=")]
    [InlineData("FREQ", "FREQ=")]
    public void A_frequency_below_a_day_is_named_and_not_called_missing(string value, string named) =>
        Assert.Equal([named], NotHeld(value));

    [Theory]
    [InlineData("COUNT=3")]
    [InlineData("INTERVAL=2;BYDAY=MO")]
    public void A_rule_without_freq_is_named_so(string value) =>
        Assert.Equal("a rule without FREQ", Assert.Single(NotHeld(value), n => n.StartsWith('a')));

    [Theory]
    [InlineData("FREQ=DAILY;INTERVAL=1", "FREQ=DAILY")]
    [InlineData("FREQ=DAILY;INTERVAL=3", "FREQ=DAILY;INTERVAL=3")]
    [InlineData("FREQ=DAILY;COUNT=1", "FREQ=DAILY;COUNT=1")]
    [InlineData("FREQ=DAILY;COUNT=10", "FREQ=DAILY;COUNT=10")]
    public void An_interval_or_count_of_one_or_more_is_held(string value, string expected) =>
        Assert.Equal(expected, Rule(value));

    [Theory]
    [InlineData("INTERVAL=0", "INTERVAL=0 (not a positive whole number)")]
    [InlineData("INTERVAL=-2", "INTERVAL=-2 (not a positive whole number)")]
    [InlineData("INTERVAL=+2", "INTERVAL=+2 (not a positive whole number)")]
    [InlineData("INTERVAL=two", "INTERVAL=two (not a positive whole number)")]
    [InlineData("COUNT=0", "COUNT=0 (not a positive whole number)")]
    [InlineData("COUNT=-1", "COUNT=-1 (not a positive whole number)")]
    [InlineData("COUNT=", "COUNT= (not a positive whole number)")]
    public void An_interval_or_count_that_is_not_a_positive_whole_number_is_named(string part, string named) =>
        Assert.Equal([named], NotHeld("FREQ=DAILY;" + part));

    [Theory]
    [InlineData("BYMONTHDAY=1,31,-1,-31", "FREQ=MONTHLY;BYMONTHDAY=1,31,-1,-31")]
    [InlineData("BYMONTHDAY= 15 ", "FREQ=MONTHLY;BYMONTHDAY=15")]
    [InlineData("BYMONTH=1,12;BYMONTHDAY=2", "FREQ=MONTHLY;BYMONTH=1,12;BYMONTHDAY=2")]
    public void Month_days_and_months_at_their_edges_are_held(string parts, string expected) =>
        Assert.Equal(expected, Rule("FREQ=MONTHLY;" + parts));

    [Theory]
    [InlineData("BYMONTHDAY=0", "BYMONTHDAY value '0'")]
    [InlineData("BYMONTHDAY=32", "BYMONTHDAY value '32'")]
    [InlineData("BYMONTHDAY=-32", "BYMONTHDAY value '-32'")]
    [InlineData("BYMONTHDAY=x", "BYMONTHDAY value 'x'")]
    [InlineData("BYMONTH=0", "BYMONTH value '0'")]
    [InlineData("BYMONTH=13", "BYMONTH value '13'")]
    [InlineData("BYMONTH=-1", "BYMONTH value '-1'")]
    public void A_month_day_or_month_out_of_range_is_named_with_its_value(string part, string named) =>
        Assert.Equal([named], NotHeld("FREQ=MONTHLY;" + part));

    [Fact]
    public void Every_bad_value_of_a_list_is_named_and_the_good_ones_are_not() =>
        Assert.Equal(["BYMONTHDAY value '0'", "BYMONTHDAY value ' 40'"], NotHeld("FREQ=MONTHLY;BYMONTHDAY=1,0,2, 40"));

    [Theory]
    [InlineData("FREQ=MONTHLY;BYDAY=1MO,-1fr", "FREQ=MONTHLY;BYDAY=1MO,-1FR")]
    [InlineData("FREQ=WEEKLY;BYDAY= mo , we ", "FREQ=WEEKLY;BYDAY=MO,WE")]
    public void Week_days_are_read_with_their_ordinals_in_any_case(string value, string expected) =>
        Assert.Equal(expected, Rule(value));

    [Fact]
    public void A_day_that_is_not_a_week_day_is_named_with_its_value() =>
        Assert.Equal(["BYDAY value 'XX'", "BYDAY value '0MO'"], NotHeld("FREQ=MONTHLY;BYDAY=MO,XX,0MO"));

    [Fact]
    public void A_part_given_twice_is_named_once_and_the_first_value_is_not_taken() =>
        Assert.Equal(["FREQ given twice"], NotHeld("FREQ=DAILY;freq=WEEKLY"));

    [Theory]
    [InlineData("FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO", "BYSETPOS=-1")]
    [InlineData("FREQ=DAILY;BYHOUR=9,17", "BYHOUR=9,17")]
    [InlineData("FREQ=DAILY;X-NAME", "X-NAME")]
    public void A_part_the_model_does_not_hold_is_named_as_written(string value, string named) =>
        Assert.Equal([named], NotHeld(value));

    [Fact]
    public void Until_and_count_together_are_named() =>
        Assert.Equal(["UNTIL and COUNT together"], NotHeld("FREQ=DAILY;UNTIL=20260310;COUNT=3"));

    [Fact]
    public void A_part_the_rule_itself_refuses_is_named_by_the_rules_message()
    {
        var named = Assert.Single(NotHeld("FREQ=WEEKLY;BYDAY=1MO"));
        Assert.StartsWith("Only a monthly or yearly rule gives a day of the week an ordinal", named, StringComparison.Ordinal);
    }

    // UNTIL

    [Fact]
    public void A_date_until_is_the_last_date() =>
        Assert.Equal("FREQ=DAILY;UNTIL=20260310", Rule("FREQ=DAILY;UNTIL=20260310"));

    [Theory]
    [InlineData("20260310T170000", "20260310")]
    [InlineData("20260310T165959", "20260309")]
    [InlineData("20260310T235959", "20260310")]
    public void A_floating_until_allows_a_start_on_its_date_only_at_or_after_the_series_time(string until, string lastDate) =>
        Assert.Equal($"FREQ=DAILY;UNTIL={lastDate}", Rule($"FREQ=DAILY;UNTIL={until}"));

    [Theory]
    [InlineData("20260310T160000Z", "20260310")]
    [InlineData("20260310T155959Z", "20260309")]
    [InlineData("20260310T163000Z", "20260310")]
    public void A_utc_until_is_taken_to_the_events_zone_before_its_date_is_read(string until, string lastDate) =>
        Assert.Equal($"FREQ=DAILY;UNTIL={lastDate}", Rule($"FREQ=DAILY;UNTIL={until}", Warsaw));

    [Fact]
    public void A_utc_until_of_a_floating_series_is_read_as_its_wall_clock_time() =>
        Assert.Equal("FREQ=DAILY;UNTIL=20260310", Rule("FREQ=DAILY;UNTIL=20260310T230000Z"));

    [Theory]
    [InlineData("2026031")]
    [InlineData("20261340")]
    [InlineData("2026-03-10")]
    [InlineData("20260310T25")]
    public void An_until_that_is_not_a_date_or_date_time_is_named(string until) =>
        Assert.Equal([$"UNTIL={until} (not a date or date-time)"], NotHeld($"FREQ=DAILY;UNTIL={until}"));

    [Fact]
    public void An_until_whose_last_start_falls_before_the_supported_dates_is_named_by_the_rules_message() =>
        Assert.StartsWith("The date 0000-12-31 is outside the supported range", Assert.Single(NotHeld("FREQ=DAILY;UNTIL=00010101T000000")),
            StringComparison.Ordinal);

    [Fact]
    public void An_until_whose_date_in_the_zone_falls_after_the_calendar_is_named() =>
        Assert.Equal(["UNTIL=99991231T230000Z (outside the calendar)"],
            NotHeld("FREQ=DAILY;UNTIL=99991231T230000Z", DateTimeZoneProviders.Tzdb["Pacific/Kiritimati"]));

    // WKST

    [Theory]
    [InlineData("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU;WKST=MO", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU")]
    [InlineData("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;WKST=SU", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU")]
    [InlineData("FREQ=WEEKLY;BYDAY=TU,SU;WKST=SU", "FREQ=WEEKLY;BYDAY=TU,SU")]
    [InlineData("FREQ=MONTHLY;INTERVAL=2;BYDAY=TU,SU;WKST=SU", "FREQ=MONTHLY;INTERVAL=2;BYDAY=TU,SU")]
    [InlineData("FREQ=WEEKLY;wkst=su", "FREQ=WEEKLY")]
    public void A_week_start_that_cannot_change_the_dates_is_harmless(string value, string expected) =>
        Assert.Equal(expected, Rule(value));

    [Theory]
    [InlineData("SU")]
    [InlineData("sa")]
    public void A_week_start_other_than_monday_under_a_biweekly_rule_of_several_days_is_named(string weekStart) =>
        Assert.Equal([$"WKST={weekStart.ToUpperInvariant()} (the model's weeks start on Monday, which would change the dates of this rule)"],
            NotHeld($"FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU;WKST={weekStart}"));

    [Theory]
    [InlineData("MO")]
    [InlineData("TU")]
    [InlineData("WE")]
    [InlineData("TH")]
    [InlineData("FR")]
    [InlineData("SA")]
    [InlineData("SU")]
    public void Every_week_day_is_a_week_start(string weekStart) =>
        Assert.Equal("FREQ=WEEKLY", Rule($"FREQ=WEEKLY;WKST={weekStart}"));

    [Fact]
    public void A_part_without_a_name_is_named_as_written() =>
        Assert.Equal(["=5"], NotHeld("FREQ=DAILY;=5"));

    [Fact]
    public void A_part_given_twice_is_named_once_and_its_second_value_is_not_read() =>
        Assert.Equal(["FREQ given twice"], NotHeld("FREQ=DAILY;FREQ=HOURLY"));

    [Fact]
    public void A_week_start_that_is_no_week_day_is_named() =>
        Assert.Equal(["WKST=XX"], NotHeld("FREQ=DAILY;WKST=XX"));
}
