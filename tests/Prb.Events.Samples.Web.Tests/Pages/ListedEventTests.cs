using NodaTime;
using Prb.Events.Hosting;
using Prb.Events.Samples.Web.Pages;

namespace Prb.Events.Samples.Web.Tests.Pages;

/// <summary>An event on the list's time line: past from the instant it ends, its days in the zone shown, and an event
/// that ends at midnight does not spill into the next day.</summary>
public class ListedEventTests
{
    private static CatalogEntry Entry(LocalTime start, LocalTime end) => Entry(
        Event.CreateBuilder(new EventId("zolw"), "Żółw").OfKind(EventKind.Workshop).InZone("Europe/Warsaw")
            .On(new LocalDate(2027, 3, 10), start, end).Build());

    private static CatalogEntry Entry(Event e) =>
        new(e, new EventScheduler(DateTimeZoneProviders.Tzdb).Schedule(e), "test", Instant.FromUtc(2027, 1, 1, 0, 0));

    [Fact]
    public void EndingExactlyNow_IsPast_OneTickBefore_IsNot()
    {
        var entry = Entry(new LocalTime(10, 0), new LocalTime(11, 0));
        var end = Instant.FromUtc(2027, 3, 10, 10, 0);

        Assert.True(ListedEvent.Of(entry, null, end).IsPast);
        Assert.False(ListedEvent.Of(entry, null, end - Duration.Epsilon).IsPast);
    }

    [Fact]
    public void InAnotherZone_TheDaysAreTheViewers()
    {
        var entry = Entry(new LocalTime(22, 0), new LocalTime(23, 30));

        var listed = ListedEvent.Of(entry, DateTimeZoneProviders.Tzdb["Asia/Tokyo"], Instant.FromUtc(2027, 3, 1, 0, 0));

        Assert.Equal((new LocalDate(2027, 3, 11), new LocalDate(2027, 3, 11)), (listed.First, listed.Last));
        Assert.Equal(new YearMonth(2027, 3), listed.Month);
    }

    [Fact]
    public void EndingAtMidnightInTheShownZone_StaysOnItsDay()
    {
        var entry = Entry(new LocalTime(22, 0), new LocalTime(23, 0));

        var listed = ListedEvent.Of(entry, DateTimeZoneProviders.Tzdb["Europe/London"], Instant.FromUtc(2027, 3, 1, 0, 0));

        Assert.Equal((new LocalDate(2027, 3, 10), new LocalDate(2027, 3, 10)), (listed.First, listed.Last));
        Assert.False(listed.IsPast);
    }
}
