using CsCheck;
using Prb.Events.Ical.Tests.TestSupport;

namespace Prb.Events.Ical.Tests;

public class RoundTripTests
{
    private static readonly IcalendarExporter Exporter = Samples.Exporter(Samples.WithItems);
    private static readonly IcalendarImporter Importer = new();

    [Fact]
    public void Seed_conference_comes_back_as_the_same_calendar_view()
    {
        var result = Importer.Read(Exporter.ToText(Samples.Seed));

        Assert.Empty(result.Diagnostics);
        var imported = Assert.Single(result.Events);
        Assert.Equal(CalendarView.Of(Samples.Seed), CalendarView.Of(imported));
    }

    [Fact]
    public void Random_events_come_back_as_the_same_calendar_view()
    {
        EventGenerators.Event.Sample(original =>
        {
            var text = Exporter.ToText(original);
            var result = Importer.Read(text);
            Assert.DoesNotContain(result.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
            var imported = Assert.Single(result.Events);
            Assert.Equal(CalendarView.Of(original), CalendarView.Of(imported));
        }, iter: 300, threads: 1, print: e => CalendarView.Of(e));
    }
}
