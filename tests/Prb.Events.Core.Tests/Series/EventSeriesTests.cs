using NodaTime;

namespace Prb.Events.Tests.Series;

public sealed class EventSeriesTests
{
    private static readonly LocalDate First = new(2027, 1, 12);

    private static EventBuilder BookClub() => Event.CreateBuilder(new EventId("klub-ksiazki"), "Dyskusyjny Klub Książki")
        .InZone("Europe/Warsaw")
        .On(First, new LocalTime(17, 0), new LocalTime(19, 0));

    [Fact]
    public void Builder_Repeats_MakesASeriesWithCancellationsAndOverrides()
    {
        var moved = new OccurrenceOverride(First.PlusWeeks(4), First.PlusWeeks(4).PlusDays(1).At(new LocalTime(18, 0)),
            First.PlusWeeks(4).PlusDays(1).At(new LocalTime(20, 0)), title: "Klub Książki: spotkanie z autorką", status: EventStatus.Rescheduled);

        var e = BookClub()
            .Repeats(new RecurrenceRule(RecurrenceFrequency.Weekly, 2, [new RecurrenceWeekday(IsoDayOfWeek.Tuesday)]))
            .CancelOccurrence(First.PlusWeeks(2))
            .OverrideOccurrence(moved)
            .Build();

        Assert.True(e.IsSeries);
        Assert.Equal(RecurrenceFrequency.Weekly, e.Series!.Rule.Frequency);
        Assert.Equal([First.PlusWeeks(2)], e.Series.CancelledDates);
        Assert.Same(moved, e.Series.FindOverride(First.PlusWeeks(4)));
        Assert.Null(e.Series.FindOverride(First));
        Assert.Same(e.Series, e.ToBuilder().Build().Series);
    }

    [Fact]
    public void Builder_RepeatsAgain_KeepsTheOccurrencesGivenSoFar()
    {
        var e = BookClub()
            .Repeats(new RecurrenceRule(RecurrenceFrequency.Weekly))
            .CancelOccurrence(First.PlusWeeks(1))
            .Repeats(new RecurrenceRule(RecurrenceFrequency.Weekly, 2))
            .Build();

        Assert.Equal(2, e.Series!.Rule.Interval);
        Assert.Equal([First.PlusWeeks(1)], e.Series.CancelledDates);
    }

    [Fact]
    public void Builder_CancelOrOverrideWithoutSeries_InvalidOperation()
    {
        Assert.Throws<InvalidOperationException>(() => BookClub().CancelOccurrence(First));
        Assert.Throws<InvalidOperationException>(() => BookClub().OverrideOccurrence(new OccurrenceOverride(First, First.At(new LocalTime(18, 0)), First.At(new LocalTime(19, 0)))));
    }

    [Fact]
    public void Builder_AsSeriesNull_MakesAOneOffEvent()
    {
        var e = BookClub().Repeats(new RecurrenceRule(RecurrenceFrequency.Daily)).AsSeries(null).Build();

        Assert.False(e.IsSeries);
        Assert.Null(e.Series);
    }

    [Fact]
    public void Construction_NullRule_Refused() =>
        Assert.Equal("rule", Assert.Throws<ArgumentNullException>(() => new EventSeries(null!)).ParamName);

    [Fact]
    public void Override_KeepsValues_RefusesInvalidTextAndStatus()
    {
        var o = new OccurrenceOverride(First, First.At(new LocalTime(18, 0)), First.At(new LocalTime(20, 0)), "Zażółć gęślą jaźń 📚", "opis", EventStatus.MovedOnline);

        Assert.Equal(First, o.OriginalDate);
        Assert.Equal("Zażółć gęślą jaźń 📚", o.Title);
        Assert.Equal("opis", o.Description);
        Assert.Equal(EventStatus.MovedOnline, o.Status);
        Assert.Equal("title", Assert.Throws<ArgumentException>(() => new OccurrenceOverride(First, First.At(LocalTime.Noon), First.At(LocalTime.Noon), "a\0b")).ParamName);
        Assert.Equal("status", Assert.Throws<ArgumentOutOfRangeException>(() => new OccurrenceOverride(First, First.At(LocalTime.Noon), First.At(LocalTime.Noon), status: (EventStatus)42)).ParamName);
    }
}
