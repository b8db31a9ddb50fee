using NodaTime;
using Prb.Events.Tests.Support;
using Prb.Events.Validation.Rules;

namespace Prb.Events.Tests.Validation.Rules;

public sealed class ValidationContextTests
{
    private static readonly LocalDate June = new(2027, 6, 10);
    private static readonly LocalTimeResolver Resolver = new(DateTimeZoneProviders.Tzdb, LocalTimePolicy.Strict);

    [Fact]
    public void ItemsByStart_AreTheItemsThatTakePlace_ByStartThenIndex()
    {
        var e = Samples.OneDay(June)
            .AddItem(Samples.Item("late", June.At(12), June.At(13)))
            .AddItem(Samples.Item("cancelled", June.At(9), June.At(10), status: AgendaItemStatus.Cancelled))
            .AddItem(Samples.Item("reversed", June.At(11), June.At(10)))
            .AddItem(Samples.Item("empty", June.At(11), June.At(11)))
            .AddItem(Samples.Item("wrong-offset", new EventTime(June.At(9), Offset.FromHours(5)), June.At(10)))
            .AddItem(Samples.Item("early", June.At(10), June.At(11)))
            .AddItem(Samples.Item("parallel", June.At(10), June.At(10, 30)))
            .Build();

        using var context = new ValidationContext(e, Resolver);

        Assert.Equal([5, 6, 0], context.ItemsByStart.ToArray().Select(i => i.Index));
        Assert.Equal(Instant.FromUtc(2027, 6, 10, 8, 0), context.ItemsByStart[0].Start); // 10:00 at +02:00
        Assert.Equal(Instant.FromUtc(2027, 6, 10, 9, 0), context.ItemsByStart[0].End);
        Assert.Equal([(DiagnosticCodes.OffsetNotInZone, "agenda[4].start")], context.LocalTimeDiagnostics.Select(d => (d.Code, d.Path!)));
        Assert.Empty(context.ZoneDiagnostics);
    }

    [Fact]
    public void UnknownZone_IsReportedAndNothingIsResolved()
    {
        var e = Samples.OneDay(June, "Europe/Wroclaw").AddItem(Samples.Item("a", June.At(10), June.At(11))).Build();

        using var context = new ValidationContext(e, Resolver);

        Assert.Equal([(DiagnosticCodes.UnknownTimeZone, "timeZone")], context.ZoneDiagnostics.Select(d => (d.Code, d.Path!)));
        Assert.Empty(context.LocalTimeDiagnostics);
        Assert.Equal(0, context.ItemsByStart.Length);
    }

    [Fact]
    public void Dispose_ReturnsTheItems()
    {
        var context = new ValidationContext(Samples.Prb2011().Build(), Resolver);
        Assert.NotEqual(0, context.ItemsByStart.Length);

        context.Dispose();

        Assert.Equal(0, context.ItemsByStart.Length);
    }
}
