using System.Text;
using BenchmarkDotNet.Attributes;
using NodaTime;
using NodaTime.Testing;

namespace Prb.Events.Ical.Benchmarks;

/// <summary>
/// Side by side in one run (issue 13), a calendar of 1,000 series in Europe/Warsaw (weekly, fortnightly, first Monday
/// and last Friday of the month; 52 occurrences each, one cancelled and one moved): Ical.Net's <c>Calendar.Load</c> and
/// evaluation of every occurrence (the baseline), this package's import and the expansion of the same occurrences by
/// <see cref="EventScheduler"/>, the import alone, and the export that wrote the calendar.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 6)]
public class SeriesCalendarBenchmarks
{
    private const int Series = 1000;

    private readonly IcalendarImporter _importer = new();
    private readonly EventScheduler _scheduler = new(DateTimeZoneProviders.Tzdb, LocalTimePolicy.Lenient);
    private IcalendarExporter _exporter = null!;
    private Event[] _events = null!;
    private string _text = null!;

    [GlobalSetup]
    public void Setup()
    {
        _exporter = new IcalendarExporter(new FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0)));
        _events = [.. Enumerable.Range(0, Series).Select(Make)];
        _text = _exporter.FeedToText(_events);
        Console.WriteLine($"// calendar: {Encoding.UTF8.GetByteCount(_text):N0} octets, {Series} series");
        Console.WriteLine($"// Ical.Net occurrences: {IcalNetLoadAndEvaluate():N0}; Prb.Events occurrences: {PrbImportAndExpand():N0}");
    }

    [Benchmark(Baseline = true, Description = "Ical.Net: Calendar.Load + evaluate all occurrences")]
    public int IcalNetLoadAndEvaluate() => global::Ical.Net.Calendar.Load(_text)!.GetOccurrences().Count();

    [Benchmark(Description = "Prb.Events.Ical: import + expand all occurrences")]
    public int PrbImportAndExpand()
    {
        var count = 0;
        foreach (var e in _importer.Read(_text).Events)
        {
            count += _scheduler.Occurrences(e, new Interval(null, null)).Count();
        }

        return count;
    }

    [Benchmark(Description = "Prb.Events.Ical: import")]
    public int PrbImport() => _importer.Read(_text).Events.Count;

    [Benchmark(Description = "Prb.Events.Ical: export")]
    public int PrbExport() => _exporter.FeedToUtf8(_events).Length;

    private static Event Make(int i)
    {
        var (rule, first) = (i % 4) switch
        {
            0 => (new RecurrenceRule(RecurrenceFrequency.Weekly, byDay: [new RecurrenceWeekday(IsoDayOfWeek.Tuesday)], count: 52), new LocalDate(2026, 1, 6)),
            1 => (new RecurrenceRule(RecurrenceFrequency.Weekly, 2, [new RecurrenceWeekday(IsoDayOfWeek.Saturday)], count: 52), new LocalDate(2026, 1, 3)),
            2 => (new RecurrenceRule(RecurrenceFrequency.Monthly, byDay: [new RecurrenceWeekday(IsoDayOfWeek.Monday, 1)], count: 52), new LocalDate(2026, 1, 5)),
            _ => (new RecurrenceRule(RecurrenceFrequency.Monthly, byDay: [new RecurrenceWeekday(IsoDayOfWeek.Friday, -1)], count: 52), new LocalDate(2026, 1, 30)),
        };
        var start = first.At(new LocalTime(10 + (i % 8), 0));
        var builder = Event.CreateBuilder(new EventId(FormattableString.Invariant($"seria-{i}")), FormattableString.Invariant($"Spotkanie cykliczne nr {i} — Wrocław"))
            .InZone("Europe/Warsaw")
            .Described("Klub dyskusyjny biblioteki; zapisy w czytelni.")
            .OnDay(new EventDay(new EventTime(start), new EventTime(start.PlusMinutes(90))))
            .Repeats(rule);
        var dates = new EventScheduler(DateTimeZoneProviders.Tzdb, LocalTimePolicy.Lenient)
            .Occurrences(builder.Build(), new Interval(null, null)).Take(4).Select(o => o.OriginalDate).ToList();
        var moved = dates[3].At(new LocalTime(18, 0));
        return builder.CancelOccurrence(dates[2])
            .OverrideOccurrence(new OccurrenceOverride(dates[3], new EventTime(moved), new EventTime(moved.PlusMinutes(90)), "Wyjątkowo wieczorem"))
            .Build();
    }
}
