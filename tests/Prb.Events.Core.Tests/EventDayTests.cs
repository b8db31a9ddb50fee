using NodaTime;
using Prb.Events.Tests.Support;

namespace Prb.Events.Tests;

public sealed class EventDayTests
{
    private static readonly LocalDate Date = new(2011, 11, 9);

    [Fact]
    public void Construction_KeepsStartAndEnd_DateIsTheStartDate()
    {
        var day = new EventDay(Date.At(18), Date.PlusDays(1).At(2));

        Assert.Equal(new EventTime(Date.At(18)), day.Start);
        Assert.Equal(new EventTime(Date.PlusDays(1).At(2)), day.End);
        Assert.Equal(Date, day.Date);
    }

    [Theory]
    [InlineData(10, 0, 11, 0, true)]
    [InlineData(9, 0, 17, 0, true)]
    [InlineData(8, 59, 10, 0, false)]
    [InlineData(16, 0, 17, 1, false)]
    [InlineData(8, 0, 18, 0, false)]
    public void Contains_IntervalAgainstTheDay(int startHour, int startMinute, int endHour, int endMinute, bool expected)
    {
        var day = new EventDay(Date.At(9), Date.At(17));

        Assert.Equal(expected, day.Contains(Date.At(startHour, startMinute), Date.At(endHour, endMinute)));
    }

    [Fact]
    public void Contains_DayPastMidnight_HoldsTheLateItem()
    {
        var day = new EventDay(Date.At(18), Date.PlusDays(1).At(2));

        Assert.True(day.Contains(Date.PlusDays(1).At(0, 30), Date.PlusDays(1).At(1, 30)));
        Assert.False(day.Contains(Date.PlusDays(1).At(1, 30), Date.PlusDays(1).At(2, 30)));
    }

    [Fact]
    public void Contains_SameLocalEndWithOffset_ComesAfterThePlainEnd()
    {
        // An end with an offset sorts after the same local end without one, so it is not within the day.
        var day = new EventDay(Date.At(9), Date.At(17));

        Assert.False(day.Contains(Date.At(16), new EventTime(Date.At(17), Offset.FromHours(1))));
    }
}
