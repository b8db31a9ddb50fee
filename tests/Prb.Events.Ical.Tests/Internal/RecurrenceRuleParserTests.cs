using NodaTime;
using Prb.Events.Ical.Internal;

namespace Prb.Events.Ical.Tests.Internal;

public class RecurrenceRuleParserTests
{
    private static readonly LocalDateTime Start = new(2026, 3, 3, 17, 0);

    private static readonly DateTimeZone Warsaw = DateTimeZoneProviders.Tzdb["Europe/Warsaw"];

    [Theory]
    [InlineData("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;WKST=MO", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU")]
    [InlineData("FREQ=MONTHLY;BYDAY=1MO", "FREQ=MONTHLY;BYDAY=1MO")]
    [InlineData("freq=monthly;byday=-1fr;count=10", "FREQ=MONTHLY;BYDAY=-1FR;COUNT=10")]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=-1,15", "FREQ=MONTHLY;BYMONTHDAY=-1,15")]
    [InlineData("FREQ=YEARLY;BYMONTH=3,10;BYDAY=-1SU", "FREQ=YEARLY;BYMONTH=3,10;BYDAY=-1SU")]
    [InlineData("FREQ=DAILY;UNTIL=20260331", "FREQ=DAILY;UNTIL=20260331")]
    [InlineData("FREQ=WEEKLY;BYDAY=MO,WE;WKST=SU", "FREQ=WEEKLY;BYDAY=MO,WE")]
    [InlineData("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;WKST=SU", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU")]
    public void Rules_the_model_holds_are_read(string value, string expected)
    {
        var result = RecurrenceRuleParser.Parse(value, Start, Warsaw);
        Assert.Empty(result.NotHeld);
        Assert.Equal(expected, result.Rule!.ToString());
    }

    [Theory]
    [InlineData("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "BYSETPOS=-1")]
    [InlineData("FREQ=DAILY;BYHOUR=9,17", "BYHOUR=9,17")]
    [InlineData("FREQ=YEARLY;BYWEEKNO=20", "BYWEEKNO=20")]
    [InlineData("FREQ=YEARLY;BYYEARDAY=100", "BYYEARDAY=100")]
    [InlineData("FREQ=HOURLY;INTERVAL=3", "FREQ=HOURLY")]
    [InlineData("FREQ=MINUTELY", "FREQ=MINUTELY")]
    [InlineData("FREQ=SECONDLY", "FREQ=SECONDLY")]
    [InlineData("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,SU;WKST=SU", "WKST=SU")]
    [InlineData("FREQ=WEEKLY;COUNT=0", "COUNT=0")]
    [InlineData("FREQ=WEEKLY;INTERVAL=-1", "INTERVAL=-1")]
    [InlineData("FREQ=WEEKLY;BYDAY=XX", "BYDAY value 'XX'")]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=32", "BYMONTHDAY value '32'")]
    [InlineData("FREQ=DAILY;COUNT=3;UNTIL=20260331", "UNTIL and COUNT")]
    [InlineData("FREQ=DAILY;FREQ=WEEKLY", "FREQ given twice")]
    [InlineData("INTERVAL=2", "without FREQ")]
    [InlineData("FREQ=WEEKLY;BYDAY=1MO", "ordinal")]
    public void What_the_model_cannot_hold_is_named(string value, string named)
    {
        var result = RecurrenceRuleParser.Parse(value, Start, Warsaw);
        Assert.Null(result.Rule);
        Assert.Contains(result.NotHeld, n => n.Contains(named, StringComparison.Ordinal));
    }

    [Theory]
    // 17:00 in Warsaw (CET, UTC+1) on 31 March 2026 is 15:00 UTC (CEST has begun); UNTIL at that instant allows that date.
    [InlineData("20260331T150000Z", 2026, 3, 31)]
    // A minute earlier, the start on 31 March is not allowed: the last allowed start is on 30 March.
    [InlineData("20260331T145900Z", 2026, 3, 30)]
    // 23:30 UTC is 01:30 on 1 April in Warsaw, before that day's 17:00: the last allowed start is on 31 March.
    [InlineData("20260331T233000Z", 2026, 3, 31)]
    [InlineData("20260401T150000Z", 2026, 4, 1)]
    [InlineData("20260331T170000", 2026, 3, 31)]
    public void A_date_time_until_becomes_the_date_of_the_last_allowed_start(string until, int year, int month, int day)
    {
        var result = RecurrenceRuleParser.Parse("FREQ=DAILY;UNTIL=" + until, Start, Warsaw);
        Assert.Equal(new LocalDate(year, month, day), result.Rule!.Until);
    }
}
