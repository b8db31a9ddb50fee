using NodaTime;

namespace Prb.Events.Tests.Series;

public sealed class RecurrenceDatesTests
{
    private static readonly LocalDate First = new(2027, 1, 12);

    [Fact]
    public void Which_CountedRule_OnlyDatesWithinTheCount()
    {
        var dates = new RecurrenceDates(new RecurrenceRule(RecurrenceFrequency.Weekly, count: 3), First);

        var found = dates.Which([First, First.PlusWeeks(2), First.PlusWeeks(3), First.PlusDays(1), new LocalDate(9000, 1, 1)]);

        Assert.Equal([First, First.PlusWeeks(2)], found.Order());
    }

    [Fact]
    public void Which_OpenEndedRule_FarDatesByJumping()
    {
        var dates = new RecurrenceDates(new RecurrenceRule(RecurrenceFrequency.Monthly, byDay: [RecurrenceWeekday.Parse("-1FR")]), new LocalDate(2027, 1, 29));

        var found = dates.Which([new LocalDate(9000, 1, 31), new LocalDate(9000, 1, 24), new LocalDate(2027, 1, 29)]);

        Assert.Equal([new LocalDate(2027, 1, 29), new LocalDate(9000, 1, 31)], found.Order());
    }

    [Fact]
    public void From_SkipsPeriodsBeforeTheWindow_WhenThereIsNoCount()
    {
        var daily = new RecurrenceDates(new RecurrenceRule(RecurrenceFrequency.Daily), First);
        var counted = new RecurrenceDates(new RecurrenceRule(RecurrenceFrequency.Daily, count: 10), First);

        Assert.Equal(new LocalDate(2030, 6, 1), daily.From(new LocalDate(2030, 6, 1)).First());
        Assert.Equal(First, counted.From(new LocalDate(2030, 6, 1)).First());
        Assert.Equal(10, counted.From(new LocalDate(2030, 6, 1)).Count());
    }

    [Fact]
    public void From_EndsAtTheLastSupportedDate()
    {
        var dates = new RecurrenceDates(new RecurrenceRule(RecurrenceFrequency.Yearly), new LocalDate(9990, 12, 30));

        Assert.Equal(10, dates.From(new LocalDate(9990, 12, 30)).Count());
    }

    [Theory]
    [InlineData(RecurrenceFrequency.Daily)]
    [InlineData(RecurrenceFrequency.Monthly)]
    [InlineData(RecurrenceFrequency.Yearly)]
    public void From_NeverMatching_Ends(RecurrenceFrequency frequency)
    {
        // February has no 30th: every period is empty, so the walk ends after one 400-year cycle of periods instead of
        // looping (or walking to 9999).
        var rule = new RecurrenceRule(frequency, byMonthDay: [30], byMonth: [2]);

        Assert.Empty(new RecurrenceDates(rule, First).From(First));
        Assert.Null(new RecurrenceDates(rule, First).FirstDate());
    }
}
