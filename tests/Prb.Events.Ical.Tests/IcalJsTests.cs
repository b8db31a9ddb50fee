using System.Globalization;
using CsCheck;
using NodaTime;
using NodaTime.Text;
using Prb.Events.Ical.Tests.TestSupport;

namespace Prb.Events.Ical.Tests;

/// <summary>An independent client reads our output: Mozilla's ical.js (Thunderbird's parser), which knows no zones
/// but the VTIMEZONEs of the file. Every VEVENT's UTC start and end must be the model's.</summary>
public class IcalJsTests
{
    private const string Domain = "events.prb.example";

    [Fact]
    public void Icaljs_reads_the_seed_conference_at_the_models_instants()
    {
        var exporter = Samples.Exporter(Samples.WithItems);
        var read = IcalJs.Read(exporter.ToUtf8(Samples.Seed));

        var expected = Expected(Samples.Seed);
        Assert.Equal(6, expected.Count);
        Assert.Equal(expected, read.ToDictionary(t => t.Uid, t => (t.Start, t.End)));
        Assert.Equal(("2011-11-09T10:30:00Z", "2011-11-09T11:00:00Z"), expected[$"prb-2011-11-09-wroclaw+przerwa-kawowa@{Domain}"]);
    }

    [Fact]
    public void Icaljs_reads_a_feed_of_random_events_at_the_models_instants()
    {
        // All-day events name dates, not instants; the round-trip property covers them.
        var events = EventGenerators.Event.Array[60].Single().DistinctBy(e => e.Id).Where(e => e.Start.Local.TimeOfDay != LocalTime.Midnight).ToArray();
        Assert.Contains(events, e => e.Days.Count > 1);
        var exporter = Samples.Exporter(Samples.WithItems);
        var read = IcalJs.Read(exporter.FeedToUtf8(events));

        var expected = events.SelectMany(Expected).ToDictionary();
        Assert.Equal(expected.Count, read.Count);
        foreach (var times in read)
        {
            Assert.Equal(expected[times.Uid], (times.Start, times.End));
        }
    }

    private static Dictionary<string, (string Start, string End)> Expected(Event e)
    {
        var schedule = EventScheduler.Default.Schedule(e);
        Assert.True(schedule.IsComplete, string.Join("; ", schedule.Diagnostics));
        var zone = DateTimeZoneProviders.Tzdb[e.TimeZoneId];
        var result = new Dictionary<string, (string, string)>();
        for (var i = 0; i < e.Days.Count; i++)
        {
            // Day 1 in the event's own VEVENT, each further day in one of its own.
            var uid = i == 0 ? $"{e.Id}@{Domain}" : $"{e.Id}!day-{e.Days[i].Date:uuuu'-'MM'-'dd}@{Domain}";
            result[uid] = (Utc(Resolve(e.Days[i].Start, zone)), Utc(Resolve(e.Days[i].End, zone)));
        }

        foreach (var item in schedule.Items)
        {
            result[$"{e.Id}+{item.Item.Id}@{Domain}"] = (Utc(item.Start), Utc(item.End));
        }

        return result;
    }

    private static ZonedDateTime Resolve(EventTime time, DateTimeZone zone) =>
        EventScheduler.Default.TryResolve(time, zone, out var resolved, out _) ? resolved : throw new InvalidOperationException($"{time} does not resolve");

    private static string Utc(ZonedDateTime time) =>
        InstantPattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:ss'Z'").Format(time.ToInstant()).ToString(CultureInfo.InvariantCulture);
}
