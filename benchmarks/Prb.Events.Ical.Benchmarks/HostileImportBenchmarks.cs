using System.Text;
using BenchmarkDotNet.Attributes;
using NodaTime;
using NodaTime.Testing;

namespace Prb.Events.Ical.Benchmarks;

/// <summary>
/// The speed of importing hostile input, side by side in one run with a normal calendar of the same size (the
/// baseline): this package's own export of an event with its agenda items, about a megabyte. Each hostile input is
/// about a megabyte of one thing an attacker or a broken producer can repeat, as in the unit tests' large inputs
/// (tests/Prb.Events.Ical.Tests/Fuzzing/LargeInputs.cs), which bound the counted work and the allocations of an import
/// but no longer its time.
/// </summary>
/// <remarks>Targets (see benchmarks/README.md): every hostile megabyte in under a second, and within 8× the time of
/// the normal calendar measured in the same run.</remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class HostileImportBenchmarks
{
    private const int Megabyte = 1_000_000;

    private readonly IcalendarImporter _importer = new(new IcalendarImportOptions { MaxInputBytes = 1 << 20 });
    private byte[] _normal = null!;
    private byte[] _minimalEvents = null!;
    private byte[] _dailyRuleZones = null!;
    private byte[] _unclosedEvents = null!;
    private byte[] _tenYearAllDayEvents = null!;
    private byte[] _controlCharacters = null!;
    private byte[] _relatedToChain = null!;

    [GlobalSetup]
    public void Setup()
    {
        _normal = NormalCalendar();
        _minimalEvents = Calendar(i => $"BEGIN:VEVENT\r\nUID:{i}\r\nDTSTART:20111109T100000Z\r\nEND:VEVENT\r\n");
        _dailyRuleZones = Calendar(i =>
            $"BEGIN:VTIMEZONE\r\nTZID:Z{i}\r\nBEGIN:STANDARD\r\nDTSTART:00010101T000000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
            + "RRULE:FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYDAY=MO,TU,WE,TH,FR,SA,SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
            + Event($"z{i}", $"DTSTART;TZID=Z{i}:20111109T100000\r\n"));
        _unclosedEvents = Calendar(_ => "BEGIN:VEVENT\r\n");
        _tenYearAllDayEvents = Calendar(i => Event($"t{i}", "DTSTART;VALUE=DATE:20010101\r\nDURATION:P3650D\r\n"));
        _controlCharacters = Calendar(i => Event($"k{i}", "DTSTART:20111109T100000Z\r\nSUMMARY:\u0001\u0002\u0003\u001B[31m\u007F\r\n"));
        _relatedToChain = Calendar(i => Event($"c{i}", $"RELATED-TO:c{i - 1}@bench\r\nDTSTART:20111109T100000Z\r\nDTEND:20111109T101000Z\r\n"));
        Console.WriteLine($"// normal calendar: {_normal.Length:N0} octets, {Import(_normal)} events");
    }

    [Benchmark(Baseline = true, Description = "normal: our export of an event with its agenda")]
    public int Normal() => Import(_normal);

    [Benchmark(Description = "hostile: minimal VEVENTs")]
    public int MinimalEvents() => Import(_minimalEvents);

    [Benchmark(Description = "hostile: VTIMEZONEs with a rule for every day")]
    public int DailyRuleZones() => Import(_dailyRuleZones);

    [Benchmark(Description = "hostile: BEGIN:VEVENT without END")]
    public int UnclosedEvents() => Import(_unclosedEvents);

    [Benchmark(Description = "hostile: all-day events of ten years")]
    public int TenYearAllDayEvents() => Import(_tenYearAllDayEvents);

    [Benchmark(Description = "hostile: control characters")]
    public int ControlCharacters() => Import(_controlCharacters);

    [Benchmark(Description = "hostile: a chain of RELATED-TO")]
    public int RelatedToChain() => Import(_relatedToChain);

    private int Import(byte[] octets) => _importer.Read(new MemoryStream(octets)).Events.Count;

    /// <summary>A calendar of at most a megabyte: the header, then pieces while they fit, then the end.</summary>
    private static byte[] Calendar(Func<int, string> piece)
    {
        const string Head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Prb.Events//Benchmarks//EN\r\n";
        const string Tail = "END:VCALENDAR\r\n";
        var text = new StringBuilder(Head);
        var size = Head.Length + Tail.Length;
        for (var i = 0; ; i++)
        {
            var next = piece(i);
            var nextSize = Encoding.UTF8.GetByteCount(next);
            if (size + nextSize > Megabyte)
            {
                break;
            }

            text.Append(next);
            size += nextSize;
        }

        return Encoding.UTF8.GetBytes(text.Append(Tail).ToString());
    }

    private static string Event(string uid, string properties) =>
        $"BEGIN:VEVENT\r\nUID:{uid}@bench\r\nDTSTAMP:20111108T120000Z\r\n{properties}END:VEVENT\r\n";

    /// <summary>The export of the calendar (<see cref="LargeCalendar"/>) with as many agenda items as make
    /// about a megabyte: zoned times, Polish descriptions and locations, a tzdb VTIMEZONE.</summary>
    private static byte[] NormalCalendar()
    {
        var exporter = new IcalendarExporter(new FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0)), new IcalendarExportOptions { IncludeAgendaItems = true });
        var sample = exporter.ToUtf8(LargeCalendar.Create(100));
        var items = (int)(100L * Megabyte / sample.Length);
        return exporter.ToUtf8(LargeCalendar.Create(items));
    }
}
