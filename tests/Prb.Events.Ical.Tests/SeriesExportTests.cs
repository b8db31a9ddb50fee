using System.Text;
using System.Text.RegularExpressions;
using NodaTime;
using Prb.Events.Ical.Tests.TestSupport;

namespace Prb.Events.Ical.Tests;

/// <summary>Series (issue 13) written as one VEVENT with DTSTART/DTEND of the first occurrence, an RRULE (UNTIL in UTC),
/// EXDATEs for the cancelled occurrences and one RECURRENCE-ID VEVENT per moved or changed occurrence; read back by
/// Ical.Net's evaluator and Mozilla ical.js's iterator, which must give Core's occurrences.</summary>
public partial class SeriesExportTests
{
    private const string Domain = "events.prb.example";

    private static readonly IcalendarExporter Exporter = Samples.Exporter(Samples.WithItems);

    private static readonly Lazy<Event> BookClub = new(() =>
        EventDocumentSerializer.Read(File.ReadAllText(RepositoryRoot.PathOf("samples", "events", "example-series-klub-ksiazki.json"))));

    private static Event Weekly(RecurrenceRule rule, string zone = "Europe/Warsaw", LocalDateTime? start = null, int minutes = 90)
    {
        var first = start ?? new LocalDateTime(2027, 1, 12, 17, 0);
        return Event.CreateBuilder(new EventId("seria"), "Seria").InZone(zone)
            .OnDay(new EventDay(first, first.PlusMinutes(minutes))).Repeats(rule).Build();
    }

    [Fact]
    public void The_example_series_is_one_vevent_with_rrule_and_exdate_and_one_override_vevent()
    {
        var text = Exporter.ToText(BookClub.Value);
        var vevents = VEvents(text);
        Assert.Equal(2, vevents.Count);

        var master = vevents.Single(v => !v.Contains("RECURRENCE-ID", StringComparison.Ordinal));
        Assert.Contains($"UID:example-series-klub-ksiazki@{Domain}\r\n", master, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Warsaw:20270112T170000\r\n", master, StringComparison.Ordinal);
        Assert.Contains("DTEND;TZID=Europe/Warsaw:20270112T183000\r\n", master, StringComparison.Ordinal);
        // 29 June 2027 at 17:00 in Warsaw (CEST, +02:00) is 15:00 UTC: the last start the series allows.
        Assert.Contains("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270629T150000Z;WKST=MO\r\n", master, StringComparison.Ordinal);
        Assert.Contains("EXDATE;TZID=Europe/Warsaw:20270504T170000\r\n", master, StringComparison.Ordinal);
        Assert.DoesNotContain("STATUS:CANCELLED", text, StringComparison.Ordinal);

        var moved = vevents.Single(v => v.Contains("RECURRENCE-ID", StringComparison.Ordinal));
        Assert.Contains($"UID:example-series-klub-ksiazki@{Domain}\r\n", moved, StringComparison.Ordinal);
        Assert.Contains("RECURRENCE-ID;TZID=Europe/Warsaw:20270309T170000\r\n", moved, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Warsaw:20270310T180000\r\n", moved, StringComparison.Ordinal);
        Assert.Contains("DTEND;TZID=Europe/Warsaw:20270310T193000\r\n", moved, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Dyskusyjny Klub Książki: spotkanie z autorką\r\n", moved, StringComparison.Ordinal);
        Assert.Contains("Wyjątkowo w środę", Unfold(moved), StringComparison.Ordinal);
        Assert.DoesNotContain("RRULE", moved, StringComparison.Ordinal);
    }

    [Fact]
    public void Icalnet_evaluates_the_example_series_to_cores_occurrences()
    {
        var e = BookClub.Value;
        var core = SeriesOracle.Core(e, Domain);
        var theirs = SeriesOracle.IcalNet(Exporter.ToText(e), Instant.FromUtc(2030, 1, 1, 0, 0));

        Assert.Equal(12, core.Count); // 13 Tuesdays from 12 January to 29 June, less 4 May.
        Assert.Equal(core, theirs);
        Assert.DoesNotContain(theirs, s => s.Start == Instant.FromUtc(2027, 5, 4, 15, 0));
        Assert.Contains(theirs, s => s.Start == Instant.FromUtc(2027, 3, 10, 17, 0) && s.Summary.EndsWith("autorką", StringComparison.Ordinal));
        Assert.DoesNotContain(theirs, s => s.Start == Instant.FromUtc(2027, 3, 9, 16, 0));
    }

    [Fact]
    public void Icaljs_expands_the_example_series_to_cores_occurrences()
    {
        var e = BookClub.Value;
        var core = SeriesOracle.Core(e, Domain);
        var theirs = SeriesOracle.IcalJs(Exporter.ToUtf8(e), Instant.FromUtc(2030, 1, 1, 0, 0));

        Assert.Equal(12, core.Count);
        Assert.Equal(core, theirs);
        Assert.Contains(theirs, s => s.Start == Instant.FromUtc(2027, 3, 10, 17, 0) && s.Summary.EndsWith("autorką", StringComparison.Ordinal));
    }

    [Fact]
    public void Until_is_the_utc_instant_of_the_last_allowed_start_even_in_a_repeated_or_skipped_hour()
    {
        // New York falls back on 7 November 2027: 01:30 comes twice (05:30Z and 06:30Z); the later one bounds the series.
        var fallBack = Weekly(new RecurrenceRule(RecurrenceFrequency.Daily, until: new LocalDate(2027, 11, 7)), "America/New_York",
            new LocalDateTime(2027, 11, 1, 1, 30), 30);
        Assert.Contains("UNTIL=20271107T063000Z\r\n", Exporter.ToText(fallBack), StringComparison.Ordinal);

        // Warsaw springs forward on 28 March 2027: 02:30 does not exist; a client moves it to 03:30 (01:30Z).
        var springForward = Weekly(new RecurrenceRule(RecurrenceFrequency.Daily, until: new LocalDate(2027, 3, 28)), "Europe/Warsaw",
            new LocalDateTime(2027, 3, 20, 2, 30), 60);
        var text = Exporter.ToText(springForward);
        Assert.Contains("UNTIL=20270328T013000Z\r\n", text, StringComparison.Ordinal);

        // Every date through the until date is an occurrence for Ical.Net too, the last one included.
        Assert.Equal(SeriesOracle.Core(springForward, Domain).Select(s => s.Start),
            SeriesOracle.IcalNet(text, Instant.FromUtc(2028, 1, 1, 0, 0)).Select(s => s.Start));
        Assert.Equal(9, SeriesOracle.Core(springForward, Domain).Count);
    }

    [Fact]
    public void Vtimezones_cover_a_bounded_series_through_its_last_occurrence()
    {
        var counted = Weekly(new RecurrenceRule(RecurrenceFrequency.Monthly, byDay: [RecurrenceWeekday.Parse("1TU")], count: 60),
            start: new LocalDateTime(2027, 1, 5, 17, 0));
        Assert.Equal(2031, Core(counted).Max(o => o.Start.Year));
        Assert.Equal(2031, LastObservanceYear(Exporter.ToText(counted)));

        var until = Weekly(new RecurrenceRule(RecurrenceFrequency.Weekly, byDay: [new RecurrenceWeekday(IsoDayOfWeek.Tuesday)], until: new LocalDate(2034, 6, 1)));
        Assert.Equal(2034, LastObservanceYear(Exporter.ToText(until)));
    }

    [Fact]
    public void Vtimezones_cover_an_open_ended_series_through_the_horizon()
    {
        var open = Weekly(new RecurrenceRule(RecurrenceFrequency.Weekly, byDay: [new RecurrenceWeekday(IsoDayOfWeek.Tuesday)]));
        Assert.Equal(2027 + IcalendarExportOptions.DefaultSeriesHorizonYears, LastObservanceYear(Exporter.ToText(open)));

        var three = Samples.Exporter(new IcalendarExportOptions { UidDomain = Domain, SeriesHorizonYears = 3 });
        Assert.Equal(2030, LastObservanceYear(three.ToText(open)));
        Assert.Throws<ArgumentOutOfRangeException>("SeriesHorizonYears", () => new IcalendarExportOptions { SeriesHorizonYears = 0 });
        Assert.Throws<ArgumentOutOfRangeException>("SeriesHorizonYears", () => new IcalendarExportOptions { SeriesHorizonYears = 101 });

        // Within the horizon ical.js (which knows zones only from the file) gives Core's instants across every change of clocks.
        var to = Instant.FromUtc(2037, 1, 1, 0, 0);
        Assert.Equal(SeriesOracle.Core(open, Domain, to), SeriesOracle.IcalJs(Exporter.ToUtf8(open), to));
    }

    [Fact]
    public void The_feed_and_the_per_event_export_write_the_same_vevents_and_the_octets_are_deterministic()
    {
        var other = Weekly(new RecurrenceRule(RecurrenceFrequency.Daily, count: 3));
        var alone = VEvents(Exporter.ToText(BookClub.Value));
        var inFeed = VEvents(Encoding.UTF8.GetString(Exporter.FeedToUtf8([other, BookClub.Value])))
            .Where(v => v.Contains("example-series-klub-ksiazki@", StringComparison.Ordinal)).ToList();
        Assert.Equal(alone, inFeed);

        Assert.Equal(Exporter.ToUtf8(BookClub.Value), Samples.Exporter(Samples.WithItems).ToUtf8(BookClub.Value));
        Assert.Equal(Exporter.FeedToUtf8([other, BookClub.Value]), Samples.Exporter(Samples.WithItems).FeedToUtf8([other, BookClub.Value]));
    }

    [Fact]
    public void A_cancelled_override_keeps_its_occurrence_listed_as_cancelled()
    {
        var first = new LocalDateTime(2027, 1, 12, 17, 0);
        var e = Event.CreateBuilder(new EventId("seria"), "Seria").InZone("Europe/Warsaw")
            .OnDay(new EventDay(first, first.PlusMinutes(60)))
            .Repeats(new RecurrenceRule(RecurrenceFrequency.Weekly, count: 4))
            .OverrideOccurrence(new OccurrenceOverride(new LocalDate(2027, 1, 19), new EventTime(first.PlusDays(7)), new EventTime(first.PlusDays(7).PlusMinutes(60)), status: EventStatus.Cancelled))
            .Build();
        var moved = VEvents(Exporter.ToText(e)).Single(v => v.Contains("RECURRENCE-ID", StringComparison.Ordinal));
        Assert.Contains("STATUS:CANCELLED\r\n", moved, StringComparison.Ordinal);
        Assert.DoesNotContain("BEGIN:VALARM", moved, StringComparison.Ordinal);
        Assert.Equal(4, SeriesOracle.IcalNet(Exporter.ToText(e), Instant.FromUtc(2028, 1, 1, 0, 0)).Count);
    }

    [Fact]
    public void A_series_that_rfc_5545_cannot_say_is_refused_naming_the_event_and_nothing_is_written()
    {
        var zeroInterval = Weekly(new RecurrenceRule(RecurrenceFrequency.Weekly, interval: 0));
        using var stream = new MemoryStream();
        var error = Assert.Throws<ArgumentException>("event", () => Exporter.Write(zeroInterval, stream));
        Assert.Contains(DiagnosticCodes.RecurrenceIntervalNotPositive, error.Message, StringComparison.Ordinal);
        Assert.Equal(0, stream.Length);

        var offRule = Weekly(new RecurrenceRule(RecurrenceFrequency.Weekly, byDay: [new RecurrenceWeekday(IsoDayOfWeek.Friday)])); // starts on a Tuesday
        Assert.Contains(DiagnosticCodes.SeriesStartNotOccurrence, Assert.Throws<ArgumentException>("events", () => Exporter.FeedToUtf8([offRule])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_first_start_pinned_to_the_second_of_a_repeated_hour_gets_its_exact_instant_in_a_recurrence_id_vevent()
    {
        // 02:30+01:00 on 31 October 2027 is the second 02:30 in Warsaw (01:30Z); a client reads a bare 02:30 as the first.
        var start = new LocalDateTime(2027, 10, 31, 2, 30);
        var e = Event.CreateBuilder(new EventId("seria"), "Seria").InZone("Europe/Warsaw")
            .OnDay(new EventDay(new EventTime(start, Offset.FromHours(1)), new EventTime(start.PlusHours(1))))
            .Repeats(new RecurrenceRule(RecurrenceFrequency.Daily, count: 3)).Build();
        var text = Exporter.ToText(e);
        Assert.Contains("DTSTART;TZID=Europe/Warsaw:20271031T023000\r\n", text, StringComparison.Ordinal);
        Assert.Contains("RECURRENCE-ID;TZID=Europe/Warsaw:20271031T023000\r\n", text, StringComparison.Ordinal);
        Assert.Contains("DTSTART:20271031T013000Z\r\n", text, StringComparison.Ordinal);
        Assert.Equal(SeriesOracle.Core(e, Domain).Select(s => s.Start), SeriesOracle.IcalNet(text, Instant.FromUtc(2028, 1, 1, 0, 0)).Select(s => s.Start));
    }

    private static List<EventOccurrence> Core(Event e) => [.. SeriesOracle.Lenient.Occurrences(e, new Interval(null, null))];

    private static int LastObservanceYear(string text)
    {
        var zone = VTimeZonePattern().Match(text).Value;
        return ObservanceStartPattern().Matches(zone).Max(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string Unfold(string text) => text.Replace("\r\n ", string.Empty, StringComparison.Ordinal);

    private static List<string> VEvents(string text) => [.. VEventPattern().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"BEGIN:VEVENT\r\n.*?END:VEVENT\r\n", RegexOptions.Singleline)]
    private static partial Regex VEventPattern();

    [GeneratedRegex(@"BEGIN:VTIMEZONE\r\n.*?END:VTIMEZONE\r\n", RegexOptions.Singleline)]
    private static partial Regex VTimeZonePattern();

    [GeneratedRegex(@"\r\nDTSTART:(\d{4})")]
    private static partial Regex ObservanceStartPattern();
}
