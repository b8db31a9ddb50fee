using CsCheck;
using NodaTime;
using Prb.Events.Tests.TestSupport;
using Prb.Events.Validation.Rules;

namespace Prb.Events.Tests.Validation.Rules;

public sealed class LocalTimeRuleTests
{
    [Fact]
    public void Check_UnsoundEvent_ReportsOnlyTheOffsetTheZoneDoesNotUse()
    {
        Assert.Equal([(DiagnosticCodes.OffsetNotInZone, "agenda[4].start")], Run.Found(Run.Rule(new LocalTimeRule(), Run.Unsound())));
    }

    [Fact]
    public void Check_UnknownZone_ReportsNothing()
    {
        Assert.Empty(Run.Rule(new LocalTimeRule(), Run.Unsound().ToBuilder().InZone("Europe/Wroclaw").Build()));
    }

    [Fact]
    public void Check_WithTimeZoneRule_ReportsWhatTheSchedulerReports()
    {
        var schedulers = new[] { EventScheduler.Default, new EventScheduler(DateTimeZoneProviders.Tzdb, LocalTimePolicy.Lenient) };
        UnsoundEvents.Events.Sample(e =>
        {
            foreach (var scheduler in schedulers)
            {
                var found = Run.Rule(new TimeZoneRule(), e, scheduler).Concat(Run.Rule(new LocalTimeRule(), e, scheduler));
                Assert.Equal(scheduler.Schedule(e).Diagnostics.Select(Text), found.Select(Text));
            }
        }, iter: 300);
    }

    private static string Text(Diagnostic d) => $"{d} ({d.Severity})";
}
