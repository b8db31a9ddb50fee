using NodaTime;

namespace Prb.Events.Hosting.Tests.Query;

public class EventDatesTests
{
    private static readonly EventScheduler Scheduler = new(DateTimeZoneProviders.Tzdb);
    private static readonly DateTimeZone Tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];

    private static CatalogEntry Entry(Event e) => new(e, Scheduler.Schedule(e), "memory", Instant.FromUtc(2027, 1, 1, 0, 0));

    [Theory]
    [InlineData("2027-05-10", "2027-05-10", true)]
    [InlineData("2027-05-11", "2027-05-11", false)]
    [InlineData("2027-05-12", null, true)]
    [InlineData(null, "2027-05-09", false)]
    [InlineData("2027-05-11", "2027-05-13", true)]
    public void FallsIn_AnyDay_NotTheGap(string? from, string? to, bool expected)
    {
        var fair = Event.CreateBuilder(new EventId("targi"), "Targi").InZone("Europe/Warsaw")
            .On(new LocalDate(2027, 5, 10), new LocalTime(9, 0), new LocalTime(17, 0))
            .On(new LocalDate(2027, 5, 12), new LocalTime(9, 0), new LocalTime(17, 0))
            .Build();

        Assert.Equal(expected, EventDates.FallsIn(Entry(fair), Date(from), Date(to), zone: null));
    }

    [Fact]
    public void FallsIn_ADayEndingAtMidnight_DoesNotTouchTheNextDate()
    {
        var evening = Event.CreateBuilder(new EventId("wieczor"), "Wieczór").InZone("Europe/Warsaw")
            .On(new LocalDate(2027, 5, 10), new LocalTime(20, 0), LocalTime.Midnight)
            .Build();

        Assert.True(EventDates.FallsIn(Entry(evening), new LocalDate(2027, 5, 10), new LocalDate(2027, 5, 10), null));
        Assert.False(EventDates.FallsIn(Entry(evening), new LocalDate(2027, 5, 11), null, null));
    }

    [Fact]
    public void FallsIn_InAnotherZone_UsesThatZonesDates()
    {
        // 20:00–23:00 in Warsaw (UTC+2) is 03:00–06:00 the next day in Tokyo.
        var evening = Event.CreateBuilder(new EventId("wieczor"), "Wieczór").InZone("Europe/Warsaw")
            .On(new LocalDate(2027, 5, 10), new LocalTime(20, 0), new LocalTime(23, 0))
            .Build();

        Assert.False(EventDates.FallsIn(Entry(evening), new LocalDate(2027, 5, 10), new LocalDate(2027, 5, 10), Tokyo));
        Assert.True(EventDates.FallsIn(Entry(evening), new LocalDate(2027, 5, 11), new LocalDate(2027, 5, 11), Tokyo));
    }

    [Fact]
    public void FallsIn_UnknownZone_OnlyWithoutARange()
    {
        var nowhere = Event.CreateBuilder(new EventId("nigdzie"), "Nigdzie").InZone("Europe/Wroclaw")
            .On(new LocalDate(2027, 5, 10), new LocalTime(9, 0), new LocalTime(10, 0))
            .Build();

        Assert.True(EventDates.FallsIn(Entry(nowhere), null, null, null));
        Assert.False(EventDates.FallsIn(Entry(nowhere), new LocalDate(2027, 5, 10), null, null));
    }

    private static LocalDate? Date(string? text) => text is null ? null : NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
