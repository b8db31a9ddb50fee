using NodaTime;
using NodaTime.Testing;
using Prb.Events.Tests.Support;

namespace Prb.Events.Tests.Scheduling;

public sealed class EventScheduleTests
{
    /// <summary>10 June 2027: Warsaw is on CEST (+02:00).</summary>
    private static readonly LocalDate June = new(2027, 6, 10);

    /// <summary>A morning with parallel rooms, a long exhibition and two cancelled items.</summary>
    private static EventSchedule Morning() => EventScheduler.Default.Schedule(Samples.OneDay(June)
        .AddItem(Samples.Item("registration", June.At(9), June.At(10)))
        .AddItem(Samples.Item("lecture-a", June.At(10), June.At(11), room: "Sala A"))
        .AddItem(Samples.Item("workshop-b", June.At(10), June.At(11, 30), room: "Sala B"))
        .AddItem(Samples.Item("cancelled-c", June.At(10, 30), June.At(11), room: "Sala C", status: AgendaItemStatus.Cancelled))
        .AddItem(Samples.Item("coffee", June.At(11, 30), June.At(12)))
        .AddItem(Samples.Item("cancelled-talk", June.At(11), June.At(11, 15), status: AgendaItemStatus.Cancelled))
        .AddItem(Samples.Item("exhibition", June.At(9), June.At(12), room: "Hol"))
        .Build());

    [Fact]
    public void WhatsOn_DuringParallelRooms_ListsEveryCurrentItemAndTheNextNotCancelled()
    {
        // 10:15 CEST = 08:15 UTC.
        var clock = new FakeClock(Instant.FromUtc(2027, 6, 10, 8, 15));

        var now = Morning().WhatsOn(clock);

        Assert.Equal(clock.GetCurrentInstant(), now.Now);
        Assert.Equal(["exhibition", "lecture-a", "workshop-b"], Ids(now.Current));
        Assert.Equal("coffee", now.Next?.Item.Id.Value);
    }

    [Fact]
    public void WhatsOn_AsTheClockMoves_FollowsTheAgenda()
    {
        var schedule = Morning();
        var clock = new FakeClock(Instant.FromUtc(2027, 6, 10, 6, 0)); // 08:00 CEST, before the event

        var before = schedule.WhatsOn(clock);
        clock.AdvanceHours(2); // 10:00 CEST: starts are inclusive, ends exclusive
        var atTen = schedule.WhatsOn(clock);
        clock.AdvanceHours(1); // 11:00 CEST: lecture-a has just ended; the cancelled talk is not on
        var atEleven = schedule.WhatsOn(clock);
        clock.AdvanceMinutes(45); // 11:45 CEST
        var atCoffee = schedule.WhatsOn(clock);
        clock.AdvanceMinutes(15); // 12:00 CEST: everything has ended
        var after = schedule.WhatsOn(clock);

        Assert.Empty(before.Current);
        Assert.Equal("registration", before.Next?.Item.Id.Value);
        Assert.Equal(["exhibition", "lecture-a", "workshop-b"], Ids(atTen.Current));
        Assert.Equal("coffee", atTen.Next?.Item.Id.Value);
        Assert.Equal(["exhibition", "workshop-b"], Ids(atEleven.Current));
        Assert.Equal(["exhibition", "coffee"], Ids(atCoffee.Current));
        Assert.Null(atCoffee.Next);
        Assert.Empty(after.Current);
        Assert.Null(after.Next);
    }

    [Fact]
    public void WhatsOn_JustBeforeTheFirstStart_NamesItNext()
    {
        var clock = new FakeClock(Instant.FromUtc(2027, 6, 10, 7, 0) - Duration.FromTicks(1));

        var now = Morning().WhatsOn(clock);

        Assert.Empty(now.Current);
        Assert.Equal("registration", now.Next?.Item.Id.Value);
    }

    [Fact]
    public void WhatsOn_Null_ThrowsArgumentNullForClock()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => Morning().WhatsOn(null!));

        Assert.Equal("clock", ex.ParamName);
    }

    [Fact]
    public void WhatsOn_UnknownZone_HasNothing()
    {
        var schedule = EventScheduler.Default.Schedule(Samples.OneDay(June, "Nowhere/Atlantis")
            .AddItem(Samples.Item("a", June.At(10), June.At(11))).Build());

        var now = schedule.WhatsOn(new FakeClock(Instant.FromUtc(2027, 6, 10, 8, 30)));

        Assert.Empty(now.Current);
        Assert.Null(now.Next);
        Assert.Empty(schedule.ByDay());
    }

    [Fact]
    public void Find_ResolvedItem_ReturnsIt_UnresolvedOrMissing_Null()
    {
        var spring = new LocalDate(2027, 3, 28);
        var schedule = EventScheduler.Default.Schedule(Event.CreateBuilder(new EventId("e"), "Noc").InZone("Europe/Warsaw")
            .OnDay(new EventDay(spring.PlusDays(-1).At(20), spring.At(6)))
            .AddItem(Samples.Item("ok", spring.At(1), spring.At(1, 30)))
            .AddItem(Samples.Item("gap", spring.At(2, 30), spring.At(4)))
            .Build());

        Assert.Equal(0, schedule.Find(new AgendaItemId("ok"))?.Index);
        Assert.Null(schedule.Find(new AgendaItemId("gap")));
        Assert.Null(schedule.Find(new AgendaItemId("missing")));
    }

    /// <summary>Two days in Wrocław in November 2011 (CET, +01:00), the first running past midnight.</summary>
    private static EventSchedule TwoDays2011()
    {
        var nov9 = new LocalDate(2011, 11, 9);
        var nov10 = nov9.PlusDays(1);
        return EventScheduler.Default.Schedule(
            Event.CreateBuilder(new EventId("noc-bibliotek-2011"), "Noc Bibliotek").InZone("Europe/Warsaw")
                .On(nov9, new LocalTime(10, 0), new LocalTime(2, 0))
                .AddItem("opening", AgendaItemKind.Opening, "Otwarcie", new LocalTime(10, 0), new LocalTime(11, 0))
                .AddItem("concert", AgendaItemKind.Concert, "Koncert", new LocalTime(22, 0), new LocalTime(23, 0))
                .AddItem(Samples.Item("night-reading", nov10.At(0, 30), nov10.At(1, 30)))
                .On(nov10, new LocalTime(9, 0), new LocalTime(15, 0))
                .AddItem("workshop", AgendaItemKind.Workshop, "Warsztaty", new LocalTime(9, 0), new LocalTime(10, 0))
                .AddItem("closing", AgendaItemKind.Closing, "Zamknięcie", new LocalTime(14, 0), new LocalTime(15, 0))
                .Build());
    }

    [Fact]
    public void ByDay_EventZone_GroupsByTheLocalDateOfTheStart()
    {
        var days = TwoDays2011().ByDay();

        Assert.Equal([new LocalDate(2011, 11, 9), new LocalDate(2011, 11, 10)], days.Select(d => d.Date));
        Assert.Equal(["opening", "concert"], Ids(days[0].Items));
        Assert.Equal(["night-reading", "workshop", "closing"], Ids(days[1].Items));
        Assert.All(days, d => Assert.Same(Zones.Warsaw, d.Zone));
        Assert.Equal(new LocalDateTime(2011, 11, 10, 0, 30), days[1].Items[0].Start.LocalDateTime);
    }

    [Fact]
    public void ByDay_NewYork_ShiftsHoursAndDates()
    {
        var days = TwoDays2011().ByDay(Zones.NewYork);

        // New York left summer time on 6 November 2011: EST (-05:00) is six hours behind CET (+01:00).
        Assert.Equal([new LocalDate(2011, 11, 9), new LocalDate(2011, 11, 10)], days.Select(d => d.Date));
        Assert.Equal(["opening", "concert", "night-reading"], Ids(days[0].Items));
        Assert.Equal(["workshop", "closing"], Ids(days[1].Items));
        Assert.Equal(
            [
                new LocalDateTime(2011, 11, 9, 4, 0),
                new LocalDateTime(2011, 11, 9, 16, 0),
                new LocalDateTime(2011, 11, 9, 18, 30),
            ],
            days[0].Items.Select(i => i.Start.LocalDateTime));
        Assert.Equal([new LocalDateTime(2011, 11, 10, 3, 0), new LocalDateTime(2011, 11, 10, 8, 0)],
            days[1].Items.Select(i => i.Start.LocalDateTime));
        Assert.All(days, d => Assert.Same(Zones.NewYork, d.Zone));
        Assert.All(days.SelectMany(d => d.Items), i => Assert.Equal(Offset.FromHours(-5), i.Start.Offset));
    }

    [Fact]
    public void ByDay_OtherZone_KeepsTheInstants()
    {
        var schedule = TwoDays2011();

        var shown = schedule.ByDay(Zones.NewYork).SelectMany(d => d.Items).ToList();

        Assert.Equal(schedule.Items.Select(i => (i.Start.ToInstant(), i.End.ToInstant(), i.Index)),
            shown.Select(i => (i.Start.ToInstant(), i.End.ToInstant(), i.Index)));
    }

    [Fact]
    public void ByDay_NewYorkBetweenTheTwoSpringChanges_IsFiveHoursBehind()
    {
        // 20 March 2027: New York is on EDT (-04:00) since 14 March; Warsaw stays on CET (+01:00) until 28 March.
        var date = new LocalDate(2027, 3, 20);
        var schedule = EventScheduler.Default.Schedule(Samples.OneDay(date).AddItem(Samples.Item("a", date.At(10), date.At(11))).Build());

        var item = Assert.Single(Assert.Single(schedule.ByDay(Zones.NewYork)).Items);

        Assert.Equal(new LocalDateTime(2027, 3, 20, 5, 0), item.Start.LocalDateTime);
    }

    [Fact]
    public void ByDay_TokyoPushesLateItemsToTheNextDate()
    {
        var tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];

        var days = TwoDays2011().ByDay(tokyo);

        // Tokyo (+09:00) is eight hours ahead of CET: 10:00 is 18:00, 22:00 is 06:00 the next day, 14:00 is 22:00.
        Assert.Equal([new LocalDate(2011, 11, 9), new LocalDate(2011, 11, 10)], days.Select(d => d.Date));
        Assert.Equal(["opening"], Ids(days[0].Items));
        Assert.Equal(["concert", "night-reading", "workshop", "closing"], Ids(days[1].Items));
        Assert.Equal(new LocalDateTime(2011, 11, 10, 6, 0), days[1].Items[0].Start.LocalDateTime);
    }

    [Fact]
    public void ByDay_Null_ThrowsArgumentNullForZone()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => TwoDays2011().ByDay(null!));

        Assert.Equal("zone", ex.ParamName);
    }

    [Fact]
    public void Event_IsTheScheduledEvent()
    {
        var e = Samples.Prb2011().Build();

        Assert.Same(e, EventScheduler.Default.Schedule(e).Event);
    }

    private static string[] Ids(IEnumerable<ScheduledItem> items) => items.Select(i => i.Item.Id.Value).ToArray();
}
