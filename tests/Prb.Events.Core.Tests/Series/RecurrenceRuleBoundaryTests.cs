using NodaTime;

namespace Prb.Events.Tests.Series;

/// <summary>The edges of what a rule accepts, what it refuses and says about it, and how it is written.</summary>
public sealed class RecurrenceRuleBoundaryTests
{
    [Fact]
    public void MonthDays_FirstLastAndTheirNegatives_Accepted()
    {
        var rule = new RecurrenceRule(RecurrenceFrequency.Monthly, byMonthDay: [1, 31, -1, -31]);

        Assert.Equal([1, 31, -1, -31], rule.ByMonthDay);
        Assert.Equal("FREQ=MONTHLY;BYMONTHDAY=1,31,-1,-31", rule.ToString());
    }

    [Fact]
    public void Months_JanuaryAndDecember_Accepted()
    {
        var rule = new RecurrenceRule(RecurrenceFrequency.Yearly, byMonth: [1, 12]);

        Assert.Equal([1, 12], rule.ByMonth);
        Assert.Equal("FREQ=YEARLY;BYMONTH=1,12", rule.ToString());
    }

    [Fact]
    public void MonthDayOutOfRange_MessageNamesTheRangeAndTheValue()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new RecurrenceRule(RecurrenceFrequency.Monthly, byMonthDay: [1, 32]));

        Assert.Equal(32, e.ActualValue);
        Assert.StartsWith("A day of the month runs from 1 to 31, or from -31 to -1 counting from the end of the month.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MonthOutOfRange_MessageNamesTheRangeAndTheValue()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new RecurrenceRule(RecurrenceFrequency.Yearly, byMonth: [12, 13]));

        Assert.Equal(13, e.ActualValue);
        Assert.StartsWith("A month runs from 1 to 12.", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RecurrenceFrequency.Daily)]
    [InlineData(RecurrenceFrequency.Weekly)]
    public void OrdinalAfterAPlainDay_InDailyOrWeekly_Refused(RecurrenceFrequency frequency)
    {
        var e = Assert.Throws<ArgumentException>(() => new RecurrenceRule(frequency, byDay: [RecurrenceWeekday.Parse("MO"), RecurrenceWeekday.Parse("-1FR")]));

        Assert.Equal("byDay", e.ParamName);
        Assert.StartsWith("Only a monthly or yearly rule gives a day of the week an ordinal such as 1MO or -1FR.", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RecurrenceFrequency.Monthly)]
    [InlineData(RecurrenceFrequency.Yearly)]
    public void Ordinal_InMonthlyOrYearly_Accepted(RecurrenceFrequency frequency)
    {
        var rule = new RecurrenceRule(frequency, byDay: [RecurrenceWeekday.Parse("1MO"), RecurrenceWeekday.Parse("-1FR")]);

        Assert.Equal([new RecurrenceWeekday(IsoDayOfWeek.Monday, 1), new RecurrenceWeekday(IsoDayOfWeek.Friday, -1)], rule.ByDay);
    }

    [Theory]
    [InlineData(RecurrenceFrequency.Daily)]
    [InlineData(RecurrenceFrequency.Weekly)]
    public void PlainDays_InDailyOrWeekly_Accepted(RecurrenceFrequency frequency) =>
        Assert.Equal("TU,TH", string.Join(',', new RecurrenceRule(frequency, byDay: [RecurrenceWeekday.Parse("TU"), RecurrenceWeekday.Parse("TH")]).ByDay));

    [Theory]
    [InlineData(RecurrenceFrequency.Daily)]
    [InlineData(RecurrenceFrequency.Monthly)]
    [InlineData(RecurrenceFrequency.Yearly)]
    public void MonthDay_InEveryRuleButWeekly_Accepted(RecurrenceFrequency frequency) =>
        Assert.Equal([15], new RecurrenceRule(frequency, byMonthDay: [15]).ByMonthDay);

    [Fact]
    public void MonthDayInWeekly_MessageSaysToUseAMonthlyRule() =>
        Assert.StartsWith("A weekly rule has no days of the month (RFC 5545); use a monthly rule.",
            Assert.Throws<ArgumentException>(() => new RecurrenceRule(RecurrenceFrequency.Weekly, byMonthDay: [1])).Message, StringComparison.Ordinal);

    [Fact]
    public void UntilAndCount_MessageSaysOneOrTheOther() =>
        Assert.StartsWith("A rule ends by a date or by a count, not both.",
            Assert.Throws<ArgumentException>(() => new RecurrenceRule(RecurrenceFrequency.Daily, until: new LocalDate(2027, 1, 1), count: 3)).Message, StringComparison.Ordinal);

    [Fact]
    public void UntilOutsideTheSupportedDates_Refused()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new RecurrenceRule(RecurrenceFrequency.Daily, until: new LocalDate(9999, 12, 31)));

        Assert.Equal("until", e.ParamName);
    }

    [Fact]
    public void UntilOnTheLastSupportedDate_Accepted() =>
        Assert.Equal(EventLimits.MaxDate, new RecurrenceRule(RecurrenceFrequency.Daily, until: EventLimits.MaxDate).Until);

    [Fact]
    public void Count_EndsTheRule_WrittenAsCount()
    {
        var rule = new RecurrenceRule(RecurrenceFrequency.Daily, count: 10);

        Assert.Equal(10, rule.Count);
        Assert.Null(rule.Until);
        Assert.False(rule.IsOpenEnded);
        Assert.Equal("FREQ=DAILY;COUNT=10", rule.ToString());
    }

    [Fact]
    public void Until_WrittenAsABasicDateWithFourDigitYear() =>
        Assert.Equal("FREQ=YEARLY;UNTIL=09990105", new RecurrenceRule(RecurrenceFrequency.Yearly, until: new LocalDate(999, 1, 5)).ToString());

    [Fact]
    public void IntervalOfOne_LeftOut_OtherIntervalsWritten()
    {
        Assert.Equal("FREQ=DAILY", new RecurrenceRule(RecurrenceFrequency.Daily, interval: 1).ToString());
        Assert.Equal("FREQ=DAILY;INTERVAL=0", new RecurrenceRule(RecurrenceFrequency.Daily, interval: 0).ToString());
        Assert.Equal("FREQ=DAILY;INTERVAL=12", new RecurrenceRule(RecurrenceFrequency.Daily, interval: 12).ToString());
    }

    [Theory]
    [InlineData(RecurrenceFrequency.Daily, "FREQ=DAILY")]
    [InlineData(RecurrenceFrequency.Weekly, "FREQ=WEEKLY")]
    [InlineData(RecurrenceFrequency.Monthly, "FREQ=MONTHLY")]
    [InlineData(RecurrenceFrequency.Yearly, "FREQ=YEARLY")]
    public void Frequency_WrittenInCapitals(RecurrenceFrequency frequency, string text) =>
        Assert.Equal(text, new RecurrenceRule(frequency).ToString());

    [Fact]
    public void EveryPart_WrittenInRfcOrderWithCommasAndSemicolons() =>
        Assert.Equal("FREQ=YEARLY;INTERVAL=3;BYMONTH=6,12;BYMONTHDAY=-1;BYDAY=SA,2SU;COUNT=4",
            new RecurrenceRule(RecurrenceFrequency.Yearly, 3, [RecurrenceWeekday.Parse("SA"), RecurrenceWeekday.Parse("2SU")], [-1], [6, 12], count: 4).ToString());
}
