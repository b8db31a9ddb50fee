using NodaTime;
using NodaTime.Testing;
using Prb.Events.Tests.Support;

namespace Prb.Events.Tests.Scheduling;

/// <summary>The schedule queries on series and multi-day events: what is on, what comes next, the days in a window.</summary>
public sealed class EventScheduleSeriesTests
{
    private static readonly LocalDate FirstTuesday = new(2027, 1, 12);

    private static Event BookClub() => Event.CreateBuilder(new EventId("klub"), "Klub Książki").InZone("Europe/Warsaw")
        .On(FirstTuesday, new LocalTime(17, 0), new LocalTime(19, 0))
        .Repeats(new RecurrenceRule(RecurrenceFrequency.Weekly, 2, [new RecurrenceWeekday(IsoDayOfWeek.Tuesday)]))
        .CancelOccurrence(FirstTuesday.PlusWeeks(2))
        .OverrideOccurrence(new OccurrenceOverride(FirstTuesday.PlusWeeks(4), FirstTuesday.PlusWeeks(4).PlusDays(2).At(new LocalTime(18, 0)),
            FirstTuesday.PlusWeeks(4).PlusDays(2).At(new LocalTime(20, 0)), title: "Spotkanie z autorką"))
        .Build();

    private static Event TwoDays() => Event.CreateBuilder(new EventId("dwa-dni"), "Szkolenie").InZone("Europe/Warsaw")
        .On(new LocalDate(2027, 5, 10), new LocalTime(9, 0), new LocalTime(17, 0))
        .On(new LocalDate(2027, 5, 11), new LocalTime(9, 0), new LocalTime(15, 0))
        .Build();

    private static FakeClock At(LocalDateTime local) => new(Zones.Warsaw.AtStrictly(local).ToInstant());

    [Fact]
    public void WhatsOn_Series_DuringAnOccurrence_NamesItAndTheNextOne()
    {
        var schedule = EventScheduler.Default.Schedule(BookClub());

        var now = schedule.WhatsOn(At(FirstTuesday.PlusWeeks(6).At(new LocalTime(18, 0))));

        Assert.Equal(FirstTuesday.PlusWeeks(6), now.CurrentOccurrence!.OriginalDate);
        Assert.Equal(FirstTuesday.PlusWeeks(8), now.NextOccurrence!.OriginalDate);
        Assert.Empty(now.Current);
        Assert.Null(now.Next);
    }

    [Fact]
    public void WhatsOn_Series_SkipsTheCancelledAndFindsTheMovedOne()
    {
        var schedule = EventScheduler.Default.Schedule(BookClub());

        var afterFirst = schedule.WhatsOn(At(FirstTuesday.At(new LocalTime(20, 0))));
        var beforeMoved = schedule.WhatsOn(At(FirstTuesday.PlusWeeks(4).At(new LocalTime(20, 0))));

        Assert.Null(afterFirst.CurrentOccurrence);
        Assert.Equal(FirstTuesday.PlusWeeks(4), afterFirst.NextOccurrence!.OriginalDate);
        Assert.Equal("Spotkanie z autorką", beforeMoved.NextOccurrence!.Title);
        Assert.Equal(FirstTuesday.PlusWeeks(4).PlusDays(2), beforeMoved.NextOccurrence.Start.Date);
    }

    [Fact]
    public void WhatsOn_MultiDayEvent_NothingOnOvernight()
    {
        var schedule = EventScheduler.Default.Schedule(TwoDays());

        var night = schedule.WhatsOn(At(new LocalDateTime(2027, 5, 10, 23, 0)));
        var day = schedule.WhatsOn(At(new LocalDateTime(2027, 5, 11, 10, 0)));

        Assert.Null(night.CurrentOccurrence);
        Assert.Equal(new LocalDate(2027, 5, 11), night.NextOccurrence!.OriginalDate);
        Assert.Equal(new LocalDate(2027, 5, 11), day.CurrentOccurrence!.OriginalDate);
        Assert.Null(day.NextOccurrence);
    }

    [Fact]
    public void WhatsOn_CancelledEvent_NoOccurrence()
    {
        var schedule = EventScheduler.Default.Schedule(TwoDays().ToBuilder().WithStatus(EventStatus.Cancelled).Build());

        var now = schedule.WhatsOn(At(new LocalDateTime(2027, 5, 10, 10, 0)));

        Assert.Null(now.CurrentOccurrence);
        Assert.Null(now.NextOccurrence);
    }

    [Fact]
    public void ByDayInAWindow_Series_OneDayPerOccurrence()
    {
        var schedule = EventScheduler.Default.Schedule(BookClub());
        var window = new Interval(Zones.Warsaw.AtStartOfDay(FirstTuesday).ToInstant(), Zones.Warsaw.AtStartOfDay(FirstTuesday.PlusWeeks(7)).ToInstant());

        var days = schedule.ByDay(window);

        Assert.Equal([FirstTuesday, FirstTuesday.PlusWeeks(4).PlusDays(2), FirstTuesday.PlusWeeks(6)], days.Select(d => d.Date));
        Assert.All(days, d => Assert.Single(d.Occurrences));
        Assert.Equal("Spotkanie z autorką", days[1].Occurrences[0].Title);
    }

    [Fact]
    public void ByDayInAWindow_AnotherZone_DatesInThatZone()
    {
        var schedule = EventScheduler.Default.Schedule(BookClub());
        var window = new Interval(Zones.Warsaw.AtStartOfDay(FirstTuesday).ToInstant(), Zones.Warsaw.AtStartOfDay(FirstTuesday.PlusDays(1)).ToInstant());

        var day = Assert.Single(schedule.ByDay(window, Zones.LordHowe));

        Assert.Equal(FirstTuesday.PlusDays(1), day.Date);
        Assert.Same(Zones.LordHowe, day.Occurrences[0].Start.Zone);
    }

    [Fact]
    public void ByDayInAWindow_OneOffEventWithAgenda_DaysHoldItemsAndOccurrences()
    {
        var e = Samples.Prb2011().Build();
        var schedule = EventScheduler.Default.Schedule(e);

        var days = schedule.ByDay(new Interval(Instant.FromUtc(2011, 1, 1, 0, 0), Instant.FromUtc(2012, 1, 1, 0, 0)));

        var day = Assert.Single(days);
        Assert.Equal(Samples.Prb2011Date, day.Date);
        Assert.Single(day.Occurrences);
        Assert.Equal(schedule.ByDay()[0].Items.Select(i => i.Item.Id), day.Items.Select(i => i.Item.Id));
    }

    [Fact]
    public void ByDayInAWindow_OpenWindow_Refused()
    {
        var schedule = EventScheduler.Default.Schedule(BookClub());

        Assert.Equal("window", Assert.Throws<ArgumentException>(() => schedule.ByDay(new Interval(Instant.FromUtc(2027, 1, 1, 0, 0), null))).ParamName);
        Assert.Equal("window", Assert.Throws<ArgumentException>(() => schedule.ByDay(new Interval(null, Instant.FromUtc(2027, 1, 1, 0, 0)), Zones.Utc)).ParamName);
    }

    [Fact]
    public void ByDayWithoutAWindow_Unchanged_NoOccurrences()
    {
        var schedule = EventScheduler.Default.Schedule(Samples.Prb2011().Build());

        Assert.All(schedule.ByDay(), d => Assert.Empty(d.Occurrences));
    }

    [Fact]
    public void Occurrences_UnknownZone_None()
    {
        var schedule = EventScheduler.Default.Schedule(BookClub().ToBuilder().InZone("Nowhere/Bogus").Build());

        Assert.Empty(schedule.Occurrences(new Interval(null, null)));
        Assert.Empty(schedule.ByDay(new Interval(Instant.FromUtc(2027, 1, 1, 0, 0), Instant.FromUtc(2028, 1, 1, 0, 0))));
    }

    [Fact]
    public void Occurrence_InZone_SameInstants()
    {
        var occurrence = EventScheduler.Default.Schedule(BookClub()).Occurrences(new Interval(null, null)).First();

        var shown = occurrence.InZone(Zones.NewYork);

        Assert.Equal(occurrence.Start.ToInstant(), shown.Start.ToInstant());
        Assert.Equal(occurrence.OriginalDate, shown.OriginalDate);
        Assert.Equal(new LocalTime(11, 0), shown.Start.TimeOfDay);
        Assert.Throws<ArgumentNullException>(() => occurrence.InZone(null!));
    }
}
