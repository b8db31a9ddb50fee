using NodaTime;
using Prb.Events.Tests.Support;

namespace Prb.Events.Tests.Scheduling;

public sealed class ScheduledItemTests
{
    private static readonly LocalDate June = new(2027, 6, 10);

    private static ScheduledItem Schedule(AgendaItemStatus status = AgendaItemStatus.Scheduled) =>
        Assert.Single(EventScheduler.Default.Schedule(Samples.OneDay(June)
            .AddItem(Samples.Item("a", June.At(10), June.At(11, 30), status: status)).Build()).Items);

    [Fact]
    public void Duration_IsElapsedTime() => Assert.Equal(Duration.FromMinutes(90), Schedule().Duration);

    [Fact]
    public void IsOnAt_StartInclusive_EndExclusive()
    {
        var item = Schedule();
        var start = Instant.FromUtc(2027, 6, 10, 8, 0); // 10:00 CEST
        var end = Instant.FromUtc(2027, 6, 10, 9, 30);

        Assert.False(item.IsOnAt(start - Duration.Epsilon));
        Assert.True(item.IsOnAt(start));
        Assert.True(item.IsOnAt(end - Duration.Epsilon));
        Assert.False(item.IsOnAt(end));
    }

    [Fact]
    public void IsOnAt_Cancelled_IsNeverOn()
    {
        Assert.False(Schedule(AgendaItemStatus.Cancelled).IsOnAt(Instant.FromUtc(2027, 6, 10, 8, 30)));
    }

    [Fact]
    public void InZone_SameInstantsAndItem_OtherLocalTimes()
    {
        var item = Schedule();

        var shown = item.InZone(Zones.NewYork);

        Assert.Same(item.Item, shown.Item);
        Assert.Equal(item.Index, shown.Index);
        Assert.Equal(item.Start.ToInstant(), shown.Start.ToInstant());
        Assert.Equal(item.End.ToInstant(), shown.End.ToInstant());
        Assert.Equal(new LocalDateTime(2027, 6, 10, 4, 0), shown.Start.LocalDateTime); // EDT, -04:00
        Assert.Same(Zones.NewYork, shown.Start.Zone);
    }

    [Fact]
    public void InZone_Null_ThrowsArgumentNullForZone()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => Schedule().InZone(null!));

        Assert.Equal("zone", ex.ParamName);
    }
}
