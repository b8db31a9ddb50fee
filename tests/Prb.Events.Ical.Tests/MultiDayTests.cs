using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using NodaTime;
using NodaTime.Text;
using Prb.Events.Ical.Tests.TestSupport;

namespace Prb.Events.Ical.Tests;

/// <summary>Multi-day events (issue 13): every calendar shows each day with its own hours and nothing between — the
/// event's VEVENT carries day 1, each further day is a VEVENT RELATED-TO;RELTYPE=SIBLING it — and a re-import restores
/// the days. Ical.Net and Mozilla's ical.js are the independent readers.</summary>
public partial class MultiDayTests
{
    private const string Domain = "events.prb.example";

    private static readonly IcalendarExporter Exporter = Samples.Exporter(Samples.WithItems);

    private static readonly IcalendarImporter Importer = new();

    /// <summary>The issue's example: 10 May 09:00–17:00 and 11 May 09:00–15:00, Warsaw.</summary>
    private static Event TwoDays(int revision = 0, string title = "Warsztaty bibliotekarzy") =>
        Event.CreateBuilder(new EventId("warsztaty-2027"), title)
            .InZone("Europe/Warsaw")
            .Described("Dwa dni: zażółć gęślą jaźń 📚")
            .At(new Venue("Dolnośląska Biblioteka Publiczna", new PostalAddress("Rynek 58", "50-116", "Wrocław")))
            .AtRevision(revision)
            .OnDay(new EventDay(new LocalDateTime(2027, 5, 10, 9, 0), new LocalDateTime(2027, 5, 10, 17, 0)))
            .OnDay(new EventDay(new LocalDateTime(2027, 5, 11, 9, 0), new LocalDateTime(2027, 5, 11, 15, 0)))
            .AddItem(new AgendaItem(new AgendaItemId("otwarcie"), AgendaItemKind.Opening, "Otwarcie", new LocalDateTime(2027, 5, 10, 9, 0), new LocalDateTime(2027, 5, 10, 9, 30)))
            .Build();

    [Fact]
    public void Each_day_is_a_vevent_of_its_own_with_its_hours_and_the_further_days_point_at_the_event()
    {
        var text = Exporter.ToText(TwoDays());
        var vevents = VEvents(text);

        Assert.Equal(3, vevents.Count);
        var first = vevents.Single(v => v.Contains($"UID:warsztaty-2027@{Domain}\r\n", StringComparison.Ordinal));
        Assert.Contains("DTSTART;TZID=Europe/Warsaw:20270510T090000\r\n", first, StringComparison.Ordinal);
        Assert.Contains("DTEND;TZID=Europe/Warsaw:20270510T170000\r\n", first, StringComparison.Ordinal);
        Assert.DoesNotContain("RELATED-TO", first, StringComparison.Ordinal);

        var second = vevents.Single(v => v.Contains($"UID:warsztaty-2027!day-2027-05-11@{Domain}\r\n", StringComparison.Ordinal));
        Assert.Contains("DTSTART;TZID=Europe/Warsaw:20270511T090000\r\n", second, StringComparison.Ordinal);
        Assert.Contains("DTEND;TZID=Europe/Warsaw:20270511T150000\r\n", second, StringComparison.Ordinal);
        Assert.Contains($"RELATED-TO;RELTYPE=SIBLING:warsztaty-2027@{Domain}\r\n", second, StringComparison.Ordinal);

        // The event's texts on every day.
        foreach (var property in new[] { "SUMMARY", "DESCRIPTION", "LOCATION", "CATEGORIES", "STATUS", "SEQUENCE" })
        {
            Assert.Equal(Property(first, property), Property(second, property));
        }
    }

    [Fact]
    public void Day_uids_are_stable_across_revisions_and_cannot_be_an_event_or_item_uid()
    {
        var uids = Uids(Exporter.ToText(TwoDays()));
        Assert.Equal(uids, Uids(Exporter.ToText(TwoDays(revision: 3, title: "Warsztaty (zmienione)"))));

        // Ids hold letters, digits and - _ . ~ only: no event or item id can make a day's UID.
        Assert.Throws<ArgumentException>(() => new EventId("warsztaty-2027!day-2027-05-11"));
        Assert.Throws<ArgumentException>(() => new AgendaItemId("day-2027-05-11!x"));
        Assert.Equal(uids.Count, uids.Distinct().Count());
    }

    [Fact]
    public void The_feed_and_the_per_event_export_write_the_same_vevents()
    {
        var other = Event.CreateBuilder(new EventId("inne"), "Inne").InZone("Europe/Warsaw")
            .OnDay(new EventDay(new LocalDateTime(2027, 6, 1, 10, 0), new LocalDateTime(2027, 6, 1, 11, 0))).Build();
        var alone = VEvents(Exporter.ToText(TwoDays()));
        var inFeed = VEvents(Encoding.UTF8.GetString(Exporter.FeedToUtf8([other, TwoDays()])))
            .Where(v => v.Contains("warsztaty-2027", StringComparison.Ordinal)).ToList();
        Assert.Equal(alone, inFeed);
    }

    [Fact]
    public void A_reimport_restores_the_days()
    {
        var original = TwoDays();
        var result = Importer.Read(Exporter.ToText(original));

        Assert.Empty(result.Diagnostics);
        var back = Assert.Single(result.Events);
        Assert.Equal(original.Days.Select(d => (d.Start, d.End)), back.Days.Select(d => (d.Start, d.End)));
        Assert.Equal("otwarcie", Assert.Single(back.Agenda).Id.Value);
    }

    [Fact]
    public void A_sibling_vevent_of_another_producer_becomes_a_further_day_in_order()
    {
        var text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Test//EN\r\n"
            + "BEGIN:VEVENT\r\nUID:day3@x\r\nRELATED-TO;RELTYPE=SIBLING:main@x\r\nDTSTART;TZID=Europe/Warsaw:20270512T100000\r\nDTEND;TZID=Europe/Warsaw:20270512T120000\r\nEND:VEVENT\r\n"
            + "BEGIN:VEVENT\r\nUID:main@x\r\nSUMMARY:Trzy dni\r\nDTSTART;TZID=Europe/Warsaw:20270510T090000\r\nDTEND;TZID=Europe/Warsaw:20270510T170000\r\nEND:VEVENT\r\n"
            + "BEGIN:VEVENT\r\nUID:day2@x\r\nRELATED-TO;RELTYPE=SIBLING:main@x\r\nDTSTART:20270511T070000Z\r\nDTEND:20270511T130000Z\r\nEND:VEVENT\r\n"
            + "END:VCALENDAR\r\n";
        var e = Assert.Single(Importer.Read(text).Events);

        Assert.Equal("main", e.Id.Value);
        Assert.Equal(
            [
                (new EventTime(new LocalDateTime(2027, 5, 10, 9, 0)), new EventTime(new LocalDateTime(2027, 5, 10, 17, 0))),
                (new EventTime(new LocalDateTime(2027, 5, 11, 9, 0)), new EventTime(new LocalDateTime(2027, 5, 11, 15, 0))),
                (new EventTime(new LocalDateTime(2027, 5, 12, 10, 0)), new EventTime(new LocalDateTime(2027, 5, 12, 12, 0))),
            ],
            e.Days.Select(d => (d.Start, d.End)));
    }

    [Fact]
    public void Icalnet_sees_one_occurrence_per_day_at_the_days_instants_and_nothing_between()
    {
        // Whole consecutive days are one VEVENT of DATE values (no night between to leave out); the rest are timed.
        Gen.Select(EventGenerators.Event, Gen.Int[2, 4]).Where(t => t.Item1.Days.Count > 1 && IsTimed(t.Item1)).Sample(t =>
        {
            var e = t.Item1;
            var calendar = global::Ical.Net.Calendar.Load(Exporter.ToText(e))!;
            var uids = DayUids(e);
            var occurrences = calendar.GetOccurrences()
                .Where(o => uids.Contains(((global::Ical.Net.CalendarComponents.CalendarEvent)o.Source).Uid!))
                // The end as Ical.Net reads the VEVENT's DTEND: its occurrence evaluator adds the nominal length to the
                // start, which is an hour off when a day ends in the repeated hour of a change of clocks (written in UTC).
                .Select(o => (Start: o.Period.StartTime.AsUtc, End: ((global::Ical.Net.CalendarComponents.CalendarEvent)o.Source).DtEnd!.AsUtc))
                .OrderBy(p => p.Start)
                .ToList();
            Assert.Equal(DayInstants(e).Select(d => (d.Start.ToDateTimeUtc(), d.End.ToDateTimeUtc())), occurrences);
        }, iter: 60, threads: 1, print: t => CalendarView.Of(t.Item1));
    }

    [Fact]
    public void Icaljs_sees_each_day_as_a_separate_event_at_the_days_instants_and_nothing_between()
    {
        var events = EventGenerators.Event.Array[40].Single().DistinctBy(e => e.Id).Where(e => e.Days.Count > 1 && IsTimed(e)).ToArray();
        Assert.NotEmpty(events);
        var read = IcalJs.Read(Exporter.FeedToUtf8(events));
        var pattern = InstantPattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:ss'Z'");
        foreach (var e in events)
        {
            var uids = DayUids(e);
            var seen = read.Where(t => uids.Contains(t.Uid))
                .Select(t => (Start: pattern.Parse(t.Start).Value, End: pattern.Parse(t.End).Value))
                .OrderBy(p => p.Start)
                .ToList();
            Assert.Equal(DayInstants(e), seen);

            // Nothing between: each day ends before the next one starts.
            for (var i = 1; i < seen.Count; i++)
            {
                Assert.True(seen[i - 1].End < seen[i].Start, CalendarView.Of(e));
            }
        }
    }

    private static bool IsTimed(Event e) =>
        e.Days.Any(d => d.Start.Local.TimeOfDay != LocalTime.Midnight || d.End.Local.TimeOfDay != LocalTime.Midnight);

    private static HashSet<string> DayUids(Event e) =>
        [$"{e.Id}@{Domain}", .. e.Days.Skip(1).Select(d => $"{e.Id}!day-{d.Date:uuuu'-'MM'-'dd}@{Domain}")];

    private static List<(Instant Start, Instant End)> DayInstants(Event e)
    {
        var zone = DateTimeZoneProviders.Tzdb[e.TimeZoneId];
        return [.. e.Days.Select(d => (Resolve(d.Start, zone), Resolve(d.End, zone)))];
    }

    private static Instant Resolve(EventTime time, DateTimeZone zone) =>
        EventScheduler.Default.TryResolve(time, zone, out var resolved, out _) ? resolved.ToInstant() : throw new InvalidOperationException($"{time} does not resolve");

    /// <summary>The VEVENTs of a text without their DTSTAMP (the same clock writes the same one anyway).</summary>
    private static List<string> VEvents(string text) =>
        [.. VEventPattern().Matches(text).Select(m => m.Value)];

    private static List<string> Uids(string text) => [.. VEvents(text).Select(v => Property(v, "UID")!)];

    private static string? Property(string vevent, string name) =>
        vevent.Split("\r\n").FirstOrDefault(l => l.StartsWith(name + ":", StringComparison.Ordinal) || l.StartsWith(name + ";", StringComparison.Ordinal));

    [GeneratedRegex(@"BEGIN:VEVENT\r\n.*?END:VEVENT\r\n", RegexOptions.Singleline)]
    private static partial Regex VEventPattern();
}
