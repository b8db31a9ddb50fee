using NodaTime;
using NodaTime.Testing.TimeZones;
using NodaTime.TimeZones;
using Prb.Events.Tests.Support;

namespace Prb.Events.Tests.Scheduling;

public sealed class EventSchedulerTests
{
    /// <summary>Sunday 28 March 2027: in Europe/Warsaw clocks go forward from 02:00 (+01:00) to 03:00 (+02:00).</summary>
    private static readonly LocalDate SpringForward = new(2027, 3, 28);

    /// <summary>Sunday 31 October 2027: in Europe/Warsaw clocks go back from 03:00 (+02:00) to 02:00 (+01:00).</summary>
    private static readonly LocalDate FallBack = new(2027, 10, 31);

    private static readonly EventScheduler Strict = new(DateTimeZoneProviders.Tzdb, LocalTimePolicy.Strict);
    private static readonly EventScheduler Lenient = new(DateTimeZoneProviders.Tzdb, LocalTimePolicy.Lenient);

    [Fact]
    public void Construction_NullProvider_ThrowsArgumentNullForZoneProvider()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new EventScheduler(null!));

        Assert.Equal("zoneProvider", ex.ParamName);
    }

    [Fact]
    public void Construction_UndefinedPolicy_ThrowsArgumentOutOfRangeForPolicy()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new EventScheduler(DateTimeZoneProviders.Tzdb, (LocalTimePolicy)2));

        Assert.Equal("policy", ex.ParamName);
    }

    [Fact]
    public void Default_IsStrictOverTzdb()
    {
        Assert.Equal(LocalTimePolicy.Strict, EventScheduler.Default.Policy);
        Assert.Same(DateTimeZoneProviders.Tzdb, EventScheduler.Default.ZoneProvider);
    }

    [Fact]
    public void Schedule_Null_ThrowsArgumentNullForEvent()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => Strict.Schedule(null!));

        Assert.Equal("event", ex.ParamName);
    }

    [Fact]
    public void Schedule_Event2011InWarsaw_ResolvesToCet()
    {
        var schedule = Strict.Schedule(Samples.Prb2011().Build());

        Assert.True(schedule.IsComplete);
        Assert.Empty(schedule.Diagnostics);
        Assert.Same(Zones.Warsaw, schedule.Zone);
        // 10:00 in Wrocław on 9 November 2011 is 09:00 UTC: Poland is on CET (+01:00) in November.
        Assert.Equal(Instant.FromUtc(2011, 11, 9, 9, 0), schedule.Start?.ToInstant());
        Assert.Equal(Offset.FromHours(1), schedule.Start?.Offset);
        Assert.Equal(Instant.FromUtc(2011, 11, 9, 14, 30), schedule.End?.ToInstant());
        Assert.Equal(Instant.FromUtc(2011, 11, 9, 9, 45), schedule.Find(new AgendaItemId("lecture"))?.Start.ToInstant());
        Assert.Equal(7, schedule.Items.Count);
    }

    [Fact]
    public void Schedule_Items_AreInStartOrderThenDocumentOrder()
    {
        var d = new LocalDate(2027, 6, 10);
        var e = Samples.OneDay(d)
            .AddItem(Samples.Item("late", d.At(15), d.At(16)))
            .AddItem(Samples.Item("early-b", d.At(10), d.At(11), room: "B"))
            .AddItem(Samples.Item("earliest", d.At(9), d.At(10)))
            .AddItem(Samples.Item("early-a", d.At(10), d.At(12), room: "A"))
            .Build();

        var schedule = Strict.Schedule(e);

        Assert.Equal(["earliest", "early-b", "early-a", "late"], schedule.Items.Select(i => i.Item.Id.Value));
        Assert.Equal([2, 1, 3, 0], schedule.Items.Select(i => i.Index));
    }

    [Fact]
    [CoversDiagnostic(DiagnosticCodes.UnknownTimeZone)]
    public void Schedule_UnknownZone_ReportsUnknownTimeZoneAndSchedulesNothing()
    {
        var schedule = Strict.Schedule(Samples.Prb2011().InZone("Europe/Wroclaw").Build());

        var diagnostic = Assert.Single(schedule.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownTimeZone, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("timeZone", diagnostic.Path);
        Assert.Contains("Europe/Wroclaw", diagnostic.Message, StringComparison.Ordinal);
        Assert.Null(schedule.Zone);
        Assert.Empty(schedule.Items);
        Assert.Null(schedule.Start);
        Assert.Null(schedule.End);
        Assert.False(schedule.IsComplete);
    }

    [Fact]
    public void Schedule_CustomProvider_IsTheOneAsked()
    {
        // A zone only this provider knows: +01:00 until 2027-06-10T12:00Z, then +03:00.
        var zone = new SingleTransitionDateTimeZone(Instant.FromUtc(2027, 6, 10, 12, 0), Offset.FromHours(1), Offset.FromHours(3));
        var provider = new DateTimeZoneCache(new FakeDateTimeZoneSource.Builder { zone }.Build());
        var e = Samples.OneDay(new LocalDate(2027, 6, 10), zone.Id).Build();

        var schedule = new EventScheduler(provider).Schedule(e);

        Assert.True(schedule.IsComplete);
        Assert.Equal(Instant.FromUtc(2027, 6, 10, 8, 0), schedule.Start?.ToInstant());
        Assert.Equal(Instant.FromUtc(2027, 6, 10, 15, 0), schedule.End?.ToInstant());
        Assert.Equal(DiagnosticCodes.UnknownTimeZone, Assert.Single(Strict.Schedule(e).Diagnostics).Code);
    }

    [Fact]
    [CoversDiagnostic(DiagnosticCodes.SkippedLocalTime)]
    public void Schedule_StrictWarsawSpringForward_ItemInTheGapIsAnErrorNamingItAndTheTime()
    {
        var e = NightEvent(SpringForward)
            .AddItem(Samples.Item("marathon", SpringForward.At(2, 30), SpringForward.At(4), title: "Nocny maraton czytelniczy"))
            .Build();

        var schedule = Strict.Schedule(e);

        var diagnostic = Assert.Single(schedule.Diagnostics);
        Assert.Equal(DiagnosticCodes.SkippedLocalTime, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("agenda[0].start", diagnostic.Path);
        Assert.Contains("Nocny maraton czytelniczy", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("2027-03-28T02:30", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("Europe/Warsaw", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(schedule.Items);
        Assert.False(schedule.IsComplete);
    }

    [Fact]
    public void Schedule_LenientWarsawSpringForward_ItemInTheGapMovesForwardWithAWarning()
    {
        var e = NightEvent(SpringForward)
            .AddItem(Samples.Item("marathon", SpringForward.At(2, 30), SpringForward.At(4), title: "Nocny maraton czytelniczy"))
            .Build();

        var schedule = Lenient.Schedule(e);

        var diagnostic = Assert.Single(schedule.Diagnostics);
        Assert.Equal(DiagnosticCodes.SkippedLocalTime, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("agenda[0].start", diagnostic.Path);
        Assert.True(schedule.IsComplete);
        var item = Assert.Single(schedule.Items);
        // 02:30 does not exist; moved forward by the hour of the gap it is 03:30 CEST (+02:00) = 01:30 UTC.
        Assert.Equal(Instant.FromUtc(2027, 3, 28, 1, 30), item.Start.ToInstant());
        Assert.Equal(new LocalDateTime(2027, 3, 28, 3, 30), item.Start.LocalDateTime);
        // 04:00 CEST = 02:00 UTC.
        Assert.Equal(Instant.FromUtc(2027, 3, 28, 2, 0), item.End.ToInstant());
    }

    [Fact]
    [CoversDiagnostic(DiagnosticCodes.AmbiguousLocalTime)]
    public void Schedule_StrictWarsawFallBack_AmbiguousEndIsAnErrorNamingItAndTheTime()
    {
        var e = NightEvent(FallBack)
            .AddItem(Samples.Item("dyskusja", FallBack.At(1, 30), FallBack.At(2, 30), title: "Nocna dyskusja"))
            .Build();

        var schedule = Strict.Schedule(e);

        var diagnostic = Assert.Single(schedule.Diagnostics);
        Assert.Equal(DiagnosticCodes.AmbiguousLocalTime, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("agenda[0].end", diagnostic.Path);
        Assert.Contains("Nocna dyskusja", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("2027-10-31T02:30", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(schedule.Items);
    }

    [Fact]
    public void Schedule_LenientWarsawFallBack_AmbiguousTimeTakesTheEarlierOccurrenceWithAWarning()
    {
        var e = NightEvent(FallBack)
            .AddItem(Samples.Item("dyskusja", FallBack.At(1, 30), FallBack.At(2, 30), title: "Nocna dyskusja"))
            .Build();

        var schedule = Lenient.Schedule(e);

        var diagnostic = Assert.Single(schedule.Diagnostics);
        Assert.Equal((DiagnosticCodes.AmbiguousLocalTime, DiagnosticSeverity.Warning, "agenda[0].end"),
            (diagnostic.Code, diagnostic.Severity, diagnostic.Path));
        var item = Assert.Single(schedule.Items);
        // The first 02:30 is still summer time (+02:00): 00:30 UTC. 01:30 CEST is 23:30 UTC the day before.
        Assert.Equal(Instant.FromUtc(2027, 10, 31, 0, 30), item.End.ToInstant());
        Assert.Equal(Instant.FromUtc(2027, 10, 30, 23, 30), item.Start.ToInstant());
        Assert.Equal(Duration.FromHours(1), item.Duration);
    }

    [Theory]
    [InlineData(1, 1, 30)] // +01:00: the second 02:30, after clocks went back, is 01:30 UTC
    [InlineData(2, 0, 30)] // +02:00: the first 02:30, still summer time, is 00:30 UTC
    public void Schedule_AmbiguousTimeWithOffset_ResolvesToThatOccurrenceWithoutDiagnostic(int offsetHours, int utcHour, int utcMinute)
    {
        var start = new EventTime(FallBack.At(2, 30), Offset.FromHours(offsetHours));
        var e = NightEvent(FallBack).AddItem(Samples.Item("gaweda", start, FallBack.At(4))).Build();

        var schedule = Strict.Schedule(e);

        Assert.Empty(schedule.Diagnostics);
        var item = Assert.Single(schedule.Items);
        Assert.Equal(Instant.FromUtc(2027, 10, 31, utcHour, utcMinute), item.Start.ToInstant());
        Assert.Equal(Offset.FromHours(offsetHours), item.Start.Offset);
    }

    [Fact]
    public void Schedule_SecondOccurrenceWithOffset_IsTheLaterInstant()
    {
        var first = new EventTime(FallBack.At(2, 30), Offset.FromHours(2));
        var second = new EventTime(FallBack.At(2, 30), Offset.FromHours(1));
        var e = NightEvent(FallBack)
            .AddItem(Samples.Item("hour", first, second, title: "Godzina, która trwa dwa razy"))
            .Build();

        var item = Assert.Single(Strict.Schedule(e).Items);

        Assert.True(item.End.ToInstant() > item.Start.ToInstant());
        Assert.Equal(Duration.FromHours(1), item.Duration);
    }

    public static TheoryData<string, int> OffsetsNotInZone => new()
    {
        { "2027-10-31T02:30", 3 },   // ambiguous in Warsaw, but only at +02:00 and +01:00
        { "2027-10-31T02:30", 0 },
        { "2027-06-10T10:00", 1 },   // summer: Warsaw is at +02:00, not +01:00
        { "2027-01-15T10:00", 2 },   // winter: Warsaw is at +01:00, not +02:00
        { "2027-03-28T02:30", 1 },   // in the gap: no offset is used at that local time
        { "2027-03-28T02:30", 2 },
    };

    [Theory]
    [MemberData(nameof(OffsetsNotInZone))]
    [CoversDiagnostic(DiagnosticCodes.OffsetNotInZone)]
    public void TryResolve_OffsetTheZoneDoesNotUse_ReportsOffsetNotInZone(string local, int offsetHours)
    {
        var time = new EventTime(EventTime.Parse(local).Local, Offset.FromHours(offsetHours));

        var ok = Lenient.TryResolve(time, Zones.Warsaw, out _, out var diagnostic);

        Assert.False(ok);
        Assert.NotNull(diagnostic);
        Assert.Equal(DiagnosticCodes.OffsetNotInZone, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(string.Empty, diagnostic.Path);
    }

    [Fact]
    public void Schedule_OffsetTheZoneDoesNotUse_IsAnErrorAtThePath()
    {
        var e = NightEvent(FallBack)
            .AddItem(Samples.Item("a", FallBack.At(1), FallBack.At(1, 30)))
            .AddItem(Samples.Item("b", new EventTime(FallBack.At(2, 30), Offset.FromHours(3)), FallBack.At(4), title: "Zła strefa"))
            .Build();

        var schedule = Lenient.Schedule(e);

        var diagnostic = Assert.Single(schedule.Diagnostics);
        Assert.Equal((DiagnosticCodes.OffsetNotInZone, DiagnosticSeverity.Error, "agenda[1].start"),
            (diagnostic.Code, diagnostic.Severity, diagnostic.Path));
        Assert.Contains("Zła strefa", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(["a"], schedule.Items.Select(i => i.Item.Id.Value));
    }

    [Fact]
    public void TryResolve_UnambiguousTimeWithItsOwnOffset_Resolves()
    {
        var ok = Strict.TryResolve(new EventTime(new LocalDateTime(2027, 6, 10, 10, 0), Offset.FromHours(2)), Zones.Warsaw,
            out var result, out var diagnostic);

        Assert.True(ok);
        Assert.Null(diagnostic);
        Assert.Equal(Instant.FromUtc(2027, 6, 10, 8, 0), result.ToInstant());
    }

    [Fact]
    public void TryResolve_NullZone_ThrowsArgumentNullForZone()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => Strict.TryResolve(new LocalDateTime(2027, 6, 10, 10, 0), null!, out _, out _));

        Assert.Equal("zone", ex.ParamName);
    }

    [Fact]
    public void Schedule_ItemAcrossSpringForward_HasItsTrueElapsedDuration()
    {
        var e = NightEvent(SpringForward)
            .AddItem(Samples.Item("across", SpringForward.At(1, 30), SpringForward.At(3, 30)))
            .Build();

        var item = Assert.Single(Strict.Schedule(e).Items);

        // 01:30 CET = 00:30 UTC; 03:30 CEST = 01:30 UTC: two hours on the wall clock, one hour elapsed.
        Assert.Equal(Instant.FromUtc(2027, 3, 28, 0, 30), item.Start.ToInstant());
        Assert.Equal(Instant.FromUtc(2027, 3, 28, 1, 30), item.End.ToInstant());
        Assert.Equal(Duration.FromHours(1), item.Duration);
    }

    [Fact]
    public void Schedule_ItemAcrossFallBack_HasItsTrueElapsedDuration()
    {
        var e = NightEvent(FallBack)
            .AddItem(Samples.Item("across", FallBack.At(1, 30), FallBack.At(3, 30)))
            .Build();

        var item = Assert.Single(Strict.Schedule(e).Items);

        // 01:30 CEST = 23:30 UTC; 03:30 CET = 02:30 UTC: two hours on the wall clock, three elapsed.
        Assert.Equal(Duration.FromHours(3), item.Duration);
    }

    [Fact]
    public void Schedule_DayTimesInTheGap_AreReportedAtTheDayPaths()
    {
        var e = Event.CreateBuilder(new EventId("e"), "Dwa dni").InZone("Europe/Warsaw")
            .OnDay(new EventDay(SpringForward.PlusDays(-1).At(9), SpringForward.At(2, 15)))
            .OnDay(new EventDay(SpringForward.At(2, 45), SpringForward.At(12)))
            .OnDay(new EventDay(SpringForward.PlusDays(1).At(9), SpringForward.PlusDays(1).At(12)))
            .Build();

        var schedule = Strict.Schedule(e);

        Assert.Equal(["days[1].start", "days[0].end"], schedule.Diagnostics.Select(d => d.Path));
        Assert.All(schedule.Diagnostics, d => Assert.Equal(DiagnosticCodes.SkippedLocalTime, d.Code));
        Assert.All(schedule.Diagnostics, d => Assert.Contains("the event", d.Message, StringComparison.OrdinalIgnoreCase));
        Assert.NotNull(schedule.Start);
        Assert.NotNull(schedule.End);
    }

    [Fact]
    public void Schedule_FirstStartAndLastEndInTheGap_LeaveStartAndEndUnknown()
    {
        var e = Event.CreateBuilder(new EventId("e"), "Noc").InZone("Europe/Warsaw")
            .OnDay(new EventDay(SpringForward.At(2, 10), SpringForward.At(2, 50)))
            .Build();

        var schedule = Strict.Schedule(e);

        Assert.Equal(["days[0].start", "days[0].end"], schedule.Diagnostics.Select(d => d.Path));
        Assert.Null(schedule.Start);
        Assert.Null(schedule.End);
    }

    [Fact]
    public void LordHowe_2027Transitions_AreTheFirstSundaysOfAprilAndOctober_AndHalfAnHour()
    {
        var (aprilBefore, aprilAfter) = Transition(Zones.LordHowe, 2027, 4);
        var (octoberBefore, octoberAfter) = Transition(Zones.LordHowe, 2027, 10);

        // Daylight saving time in Lord Howe Island: +11:00 in summer, +10:30 in winter, changing at 02:00 local time.
        Assert.Equal(Offset.FromHours(11), aprilBefore.WallOffset);
        Assert.Equal(Offset.FromHoursAndMinutes(10, 30), aprilAfter.WallOffset);
        Assert.Equal(FirstSunday(2027, 4).At(2), aprilBefore.IsoLocalEnd);
        Assert.Equal(FirstSunday(2027, 4).At(1, 30), aprilAfter.IsoLocalStart);
        Assert.Equal(Offset.FromHoursAndMinutes(10, 30), octoberBefore.WallOffset);
        Assert.Equal(Offset.FromHours(11), octoberAfter.WallOffset);
        Assert.Equal(FirstSunday(2027, 10).At(2), octoberBefore.IsoLocalEnd);
        Assert.Equal(FirstSunday(2027, 10).At(2, 30), octoberAfter.IsoLocalStart);
        Assert.Equal(new LocalDate(2027, 4, 4), FirstSunday(2027, 4));
        Assert.Equal(new LocalDate(2027, 10, 3), FirstSunday(2027, 10));
    }

    [Fact]
    public void Schedule_StrictLordHoweHalfHourGap_ReportsSkippedLocalTime()
    {
        var (before, _) = Transition(Zones.LordHowe, 2027, 10);
        var inGap = before.IsoLocalEnd.PlusMinutes(15); // 02:15, between 02:00 and 02:30
        var e = LordHoweNight(inGap.Date).AddItem(Samples.Item("a", inGap, inGap.PlusHours(1), title: "Spotkanie na wyspie")).Build();

        var diagnostic = Assert.Single(Strict.Schedule(e).Diagnostics);

        Assert.Equal((DiagnosticCodes.SkippedLocalTime, DiagnosticSeverity.Error, "agenda[0].start"),
            (diagnostic.Code, diagnostic.Severity, diagnostic.Path));
        Assert.Contains("Spotkanie na wyspie", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("2027-10-03T02:15", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("Australia/Lord_Howe", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schedule_LenientLordHoweHalfHourGap_MovesForwardHalfAnHour()
    {
        var day = new LocalDate(2027, 10, 3);
        var e = LordHoweNight(day).AddItem(Samples.Item("a", day.At(2, 15), day.At(3, 15))).Build();

        var schedule = Lenient.Schedule(e);

        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(schedule.Diagnostics).Severity);
        var item = Assert.Single(schedule.Items);
        // 02:15 moves to 02:45 at +11:00 = 15:45 UTC the day before; 03:15 at +11:00 = 16:15 UTC.
        Assert.Equal(Instant.FromUtc(2027, 10, 2, 15, 45), item.Start.ToInstant());
        Assert.Equal(Duration.FromMinutes(30), item.Duration);
    }

    [Fact]
    public void Schedule_LordHoweHalfHourRepeat_IsAmbiguousWithoutOffset_AndResolvesWithIt()
    {
        var day = new LocalDate(2027, 4, 4);
        var plain = LordHoweNight(day).AddItem(Samples.Item("a", day.At(1, 45), day.At(3))).Build();
        var second = LordHoweNight(day)
            .AddItem(Samples.Item("a", new EventTime(day.At(1, 45), Offset.FromHoursAndMinutes(10, 30)), day.At(3))).Build();
        var first = LordHoweNight(day)
            .AddItem(Samples.Item("a", new EventTime(day.At(1, 45), Offset.FromHours(11)), day.At(3))).Build();

        var ambiguous = Assert.Single(Strict.Schedule(plain).Diagnostics);
        Assert.Equal((DiagnosticCodes.AmbiguousLocalTime, "agenda[0].start"), (ambiguous.Code, ambiguous.Path));
        // 01:45 at +10:30 = 15:15 UTC on 3 April; at +11:00 = 14:45 UTC. 03:00 at +10:30 = 16:30 UTC.
        Assert.Equal(Instant.FromUtc(2027, 4, 3, 15, 15), Assert.Single(Strict.Schedule(second).Items).Start.ToInstant());
        Assert.Equal(Instant.FromUtc(2027, 4, 3, 14, 45), Assert.Single(Strict.Schedule(first).Items).Start.ToInstant());
        Assert.Equal(Instant.FromUtc(2027, 4, 3, 14, 45), Assert.Single(Lenient.Schedule(plain).Items).Start.ToInstant());
        Assert.Equal(Duration.FromMinutes(75), Assert.Single(Strict.Schedule(second).Items).Duration);
    }

    [Theory]
    [InlineData(4, 4, 1, 0, 2, 30, 120)]   // 01:00 +11:00 to 02:30 +10:30: 90 minutes on the wall, 120 elapsed
    [InlineData(10, 3, 1, 0, 3, 0, 90)]    // 01:00 +10:30 to 03:00 +11:00: 120 minutes on the wall, 90 elapsed
    public void Schedule_LordHoweItemAcrossTheChange_HasItsTrueElapsedDuration(int month, int day, int h1, int m1, int h2, int m2, int minutes)
    {
        var date = new LocalDate(2027, month, day);
        var e = LordHoweNight(date).AddItem(Samples.Item("a", date.At(h1, m1), date.At(h2, m2))).Build();

        var schedule = Strict.Schedule(e);

        Assert.Empty(schedule.Diagnostics);
        Assert.Equal(Duration.FromMinutes(minutes), Assert.Single(schedule.Items).Duration);
    }

    private static EventBuilder NightEvent(LocalDate date) =>
        Event.CreateBuilder(new EventId("noc-bibliotek"), "Noc Bibliotek").InZone("Europe/Warsaw")
            .OnDay(new EventDay(date.PlusDays(-1).At(20), date.At(6)));

    private static EventBuilder LordHoweNight(LocalDate date) =>
        Event.CreateBuilder(new EventId("lord-howe"), "Noc na wyspie").InZone("Australia/Lord_Howe")
            .OnDay(new EventDay(date.PlusDays(-1).At(20), date.At(6)));

    /// <summary>The zone intervals either side of the one transition in the given month, read from the tz database.</summary>
    private static (ZoneInterval Before, ZoneInterval After) Transition(DateTimeZone zone, int year, int month)
    {
        var intervals = zone.GetZoneIntervals(Instant.FromUtc(year, 1, 1, 0, 0), Instant.FromUtc(year + 1, 1, 1, 0, 0)).ToList();
        for (var i = 0; i + 1 < intervals.Count; i++)
        {
            if (intervals[i].IsoLocalEnd.Month == month && intervals[i].IsoLocalEnd.Year == year)
            {
                return (intervals[i], intervals[i + 1]);
            }
        }

        throw new InvalidOperationException($"{zone.Id} has no transition in {year}-{month:00}.");
    }

    private static LocalDate FirstSunday(int year, int month)
    {
        var date = new LocalDate(year, month, 1);
        while (date.DayOfWeek != IsoDayOfWeek.Sunday)
        {
            date = date.PlusDays(1);
        }

        return date;
    }
}
