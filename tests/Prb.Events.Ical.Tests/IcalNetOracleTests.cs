using NodaTime;
using Prb.Events.Ical.Tests.TestSupport;

namespace Prb.Events.Ical.Tests;

/// <summary>Ical.Net as an oracle: it reads our output back, with the same UIDs, texts and instants as the model.</summary>
public class IcalNetOracleTests
{
    [Fact]
    public void Icalnet_reads_random_exports_back_with_the_models_texts_and_instants()
    {
        var exporter = Samples.Exporter(Samples.WithItems);
        CsCheck.Check.Sample(EventGenerators.Event, e =>
        {
            var calendar = global::Ical.Net.Calendar.Load(exporter.ToText(e))!;
            var schedule = EventScheduler.Default.Schedule(e);
            var allDay = e.Start.Local.TimeOfDay == LocalTime.Midnight && e.Days.All(d => d.End.Local.TimeOfDay == LocalTime.Midnight);
            Assert.Equal(e.Agenda.Count + (allDay ? 1 : e.Days.Count), calendar.Events.Count);

            var head = calendar.Events.Single(v => v.Uid == $"{e.Id}@events.prb.example");
            Assert.Equal(Normalized(e.FullTitle), NullIfEmpty(head.Summary));
            Assert.Equal(Normalized(e.Description), NullIfEmpty(head.Description));
            Assert.Equal(Normalized(e.Venue?.ToString()), NullIfEmpty(head.Location));
            Assert.Equal(e.Revision, head.Sequence);
            if (e.Start.Local.TimeOfDay != LocalTime.Midnight)
            {
                Assert.Equal(schedule.Start!.Value.ToInstant().ToDateTimeUtc(), head.DtStart!.AsUtc);
                var zone = DateTimeZoneProviders.Tzdb[e.TimeZoneId];
                Assert.Equal(Instant(e.Days[0].End, zone).ToDateTimeUtc(), head.DtEnd!.AsUtc);
                for (var i = 1; i < e.Days.Count; i++)
                {
                    var day = calendar.Events.Single(v => v.Uid == $"{e.Id}!day-{e.Days[i].Date:uuuu'-'MM'-'dd}@events.prb.example");
                    Assert.Equal(Instant(e.Days[i].Start, zone).ToDateTimeUtc(), day.DtStart!.AsUtc);
                    Assert.Equal(Instant(e.Days[i].End, zone).ToDateTimeUtc(), day.DtEnd!.AsUtc);
                    Assert.Equal(head.Summary, day.Summary);
                    Assert.Equal(head.Description, day.Description);
                    Assert.Equal(head.Location, day.Location);
                }
            }

            foreach (var scheduled in schedule.Items)
            {
                var item = calendar.Events.Single(v => v.Uid == $"{e.Id}+{scheduled.Item.Id}@events.prb.example");
                Assert.Equal(Normalized(scheduled.Item.Title), NullIfEmpty(item.Summary));
                Assert.Equal(Normalized(scheduled.Item.Description), NullIfEmpty(item.Description));
                Assert.Equal(scheduled.Start.ToInstant().ToDateTimeUtc(), item.DtStart!.AsUtc);
                Assert.Equal(scheduled.End.ToInstant().ToDateTimeUtc(), item.DtEnd!.AsUtc);
                Assert.Equal([$"{e.Id}@events.prb.example"], item.RelatedComponents);
            }
        }, iter: 150, threads: 1, print: e => CalendarView.Of(e));
    }

    private static Instant Instant(EventTime time, DateTimeZone zone) =>
        EventScheduler.Default.TryResolve(time, zone, out var resolved, out _) ? resolved.ToInstant() : throw new InvalidOperationException($"{time} does not resolve");

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static string? Normalized(string? text) => NullIfEmpty(text);
}
