using CsCheck;
using NodaTime;
using Prb.Events.Tests.Support;
using Prb.Events.Tests.TestSupport;

namespace Prb.Events.Tests.Scheduling;

public sealed class LocalTimeResolverTests
{
    private static readonly LocalTimePolicy[] Policies = [LocalTimePolicy.Strict, LocalTimePolicy.Lenient];

    [Fact]
    public void FindZone_UnknownId_ReportsItAtTheZone()
    {
        var resolver = new LocalTimeResolver(DateTimeZoneProviders.Tzdb, LocalTimePolicy.Strict);
        var diagnostics = new List<Diagnostic>();

        Assert.Null(resolver.FindZone(Samples.OneDay(new LocalDate(2027, 6, 10), "Europe/Wroclaw").Build(), diagnostics));

        var d = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.UnknownTimeZone, "timeZone"), (d.Code, d.Path));
        Assert.Contains(DateTimeZoneProviders.Tzdb.VersionId, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryResolveItem_InDocumentOrder_ResolvesAndReportsWhatTheScheduleDoes()
    {
        UnsoundEvents.Events.Sample(e =>
        {
            foreach (var policy in Policies)
            {
                var resolver = new LocalTimeResolver(DateTimeZoneProviders.Tzdb, policy);
                var schedule = new EventScheduler(DateTimeZoneProviders.Tzdb, policy).Schedule(e);
                var diagnostics = new List<Diagnostic>();
                var resolved = new List<(int, ZonedDateTime, ZonedDateTime)>();
                if (resolver.FindZone(e, diagnostics) is { } zone)
                {
                    var (start, end) = resolver.ResolveDays(e, zone, diagnostics);
                    Assert.Equal((schedule.Start, schedule.End), (start, end));
                    var previous = default(PreviousStart);
                    for (var i = 0; i < e.Agenda.Count; i++)
                    {
                        if (resolver.TryResolveItem(e.Agenda[i], i, zone, diagnostics, ref previous, out var itemStart, out var itemEnd))
                        {
                            resolved.Add((i, itemStart, itemEnd));
                        }
                    }

                    resolver.ResolveOverrides(e, zone, diagnostics);
                }

                Assert.Equal(schedule.Items.Select(i => (i.Index, i.Start, i.End)).OrderBy(i => i.Index), resolved);
                Assert.Equal(schedule.Diagnostics.Select(d => (d.ToString(), d.Severity)), diagnostics.Select(d => (d.ToString(), d.Severity)));
            }
        }, iter: 300);
    }
}
