using NodaTime;

namespace Prb.Events.Tests.Series;

public sealed class RecurrenceRuleTests
{
    [Fact]
    public void Construction_KeepsEveryPart()
    {
        var rule = new RecurrenceRule(RecurrenceFrequency.Monthly, 2, [RecurrenceWeekday.Parse("-1FR")], [1, -1], [3, 9], until: new LocalDate(2027, 6, 30));

        Assert.Equal(RecurrenceFrequency.Monthly, rule.Frequency);
        Assert.Equal(2, rule.Interval);
        Assert.Equal([new RecurrenceWeekday(IsoDayOfWeek.Friday, -1)], rule.ByDay);
        Assert.Equal([1, -1], rule.ByMonthDay);
        Assert.Equal([3, 9], rule.ByMonth);
        Assert.Equal(new LocalDate(2027, 6, 30), rule.Until);
        Assert.Null(rule.Count);
        Assert.False(rule.IsOpenEnded);
        Assert.Equal("FREQ=MONTHLY;INTERVAL=2;BYMONTH=3,9;BYMONTHDAY=1,-1;BYDAY=-1FR;UNTIL=20270630", rule.ToString());
    }

    [Fact]
    public void Construction_Defaults_OpenEndedEveryPeriod()
    {
        var rule = new RecurrenceRule(RecurrenceFrequency.Weekly);

        Assert.Equal(1, rule.Interval);
        Assert.Empty(rule.ByDay);
        Assert.True(rule.IsOpenEnded);
        Assert.Equal("FREQ=WEEKLY", rule.ToString());
    }

    [Fact]
    public void Construction_IntervalAndCountBelowOne_KeptForValidationToReport()
    {
        var rule = new RecurrenceRule(RecurrenceFrequency.Daily, interval: 0, count: -1);

        Assert.Equal(0, rule.Interval);
        Assert.Equal(-1, rule.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(32)]
    [InlineData(-32)]
    public void Construction_MonthDayOutOfRange_Refused(int day) =>
        Assert.Equal("byMonthDay", Assert.Throws<ArgumentOutOfRangeException>(() => new RecurrenceRule(RecurrenceFrequency.Monthly, byMonthDay: [day])).ParamName);

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void Construction_MonthOutOfRange_Refused(int month) =>
        Assert.Equal("byMonth", Assert.Throws<ArgumentOutOfRangeException>(() => new RecurrenceRule(RecurrenceFrequency.Yearly, byMonth: [month])).ParamName);

    [Theory]
    [InlineData(RecurrenceFrequency.Daily)]
    [InlineData(RecurrenceFrequency.Weekly)]
    public void Construction_OrdinalInDailyOrWeekly_Refused(RecurrenceFrequency frequency)
    {
        var e = Assert.Throws<ArgumentException>(() => new RecurrenceRule(frequency, byDay: [RecurrenceWeekday.Parse("1MO")]));

        Assert.Equal("byDay", e.ParamName);
    }

    [Fact]
    public void Construction_MonthDayInWeekly_Refused() =>
        Assert.Equal("byMonthDay", Assert.Throws<ArgumentException>(() => new RecurrenceRule(RecurrenceFrequency.Weekly, byMonthDay: [1])).ParamName);

    [Fact]
    public void Construction_UntilAndCount_Refused() =>
        Assert.Equal("count", Assert.Throws<ArgumentException>(() => new RecurrenceRule(RecurrenceFrequency.Daily, until: new LocalDate(2027, 1, 1), count: 3)).ParamName);

    [Fact]
    public void Construction_UndefinedFrequency_Refused() =>
        Assert.Equal("frequency", Assert.Throws<ArgumentOutOfRangeException>(() => new RecurrenceRule((RecurrenceFrequency)9)).ParamName);

    [Fact]
    public void Lists_AreReadOnlyCopies()
    {
        var days = new List<int> { 1 };
        var rule = new RecurrenceRule(RecurrenceFrequency.Monthly, byMonthDay: days);
        days.Add(2);

        Assert.Equal([1], rule.ByMonthDay);
        Assert.True(((ICollection<int>)rule.ByMonthDay).IsReadOnly);
    }
}
