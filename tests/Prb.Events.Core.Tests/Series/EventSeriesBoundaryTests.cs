using NodaTime;

namespace Prb.Events.Tests.Series;

/// <summary>What a series refuses, and which override it finds when a date is named twice.</summary>
public sealed class EventSeriesBoundaryTests
{
    private static readonly LocalDate Tuesday = new(2027, 1, 12);
    private static readonly RecurrenceRule Weekly = new(RecurrenceFrequency.Weekly);

    private static OccurrenceOverride Moved(LocalDate original, int hour) =>
        new(original, original.At(new LocalTime(hour, 0)), original.At(new LocalTime(hour + 1, 0)));

    [Fact]
    public void Construction_CancelledDateOutsideTheSupportedDates_Refused()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new EventSeries(Weekly, [Tuesday, new LocalDate(9999, 12, 31)]));

        Assert.Equal("cancelledDates", e.ParamName);
    }

    [Fact]
    public void Construction_CancelledDatesOnTheEdgesOfTheSupportedDates_Kept() =>
        Assert.Equal([EventLimits.MinDate, EventLimits.MaxDate], new EventSeries(Weekly, [EventLimits.MinDate, EventLimits.MaxDate]).CancelledDates);

    [Fact]
    public void Construction_NoListsGiven_Empty()
    {
        var series = new EventSeries(Weekly);

        Assert.Same(Weekly, series.Rule);
        Assert.Empty(series.CancelledDates);
        Assert.Empty(series.Overrides);
        Assert.Null(series.FindOverride(Tuesday));
    }

    [Fact]
    public void Construction_NullOverride_Refused() =>
        Assert.Equal("overrides", Assert.Throws<ArgumentException>(() => new EventSeries(Weekly, overrides: [Moved(Tuesday, 18), null!])).ParamName);

    [Fact]
    public void FindOverride_DateNamedTwice_FindsTheFirstInDocumentOrder()
    {
        var first = Moved(Tuesday.PlusWeeks(1), 18);
        var second = Moved(Tuesday.PlusWeeks(1), 10);
        var series = new EventSeries(Weekly, overrides: [Moved(Tuesday, 12), first, second]);

        Assert.Same(first, series.FindOverride(Tuesday.PlusWeeks(1)));
        Assert.Equal([Tuesday, Tuesday.PlusWeeks(1), Tuesday.PlusWeeks(1)], series.Overrides.Select(o => o.OriginalDate));
    }
}
