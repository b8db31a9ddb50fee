using System.Text;
using BenchmarkDotNet.Attributes;
using NodaTime;
using NodaTime.Testing;

namespace Prb.Events.Ical.Benchmarks;

/// <summary>
/// Side by side in one run: Ical.Net 5 building its object graph for the 10,000-item calendar and serializing it, and
/// this package writing the same calendar straight to UTF-8.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class ExportBenchmarks
{
    private Event _event = null!;
    private IcalendarExporter _exporter = null!;

    [GlobalSetup]
    public void Setup()
    {
        _event = LargeCalendar.Create();
        _exporter = new IcalendarExporter(new FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0)), new IcalendarExportOptions { IncludeAgendaItems = true });
        Console.WriteLine($"// Prb.Events.Ical output: {_exporter.ToUtf8(_event).Length:N0} octets");
        Console.WriteLine($"// Ical.Net output: {IcalNetBuildAndSerialize().Length:N0} octets");
    }

    [Benchmark(Baseline = true, Description = "Ical.Net: build object graph + serialize")]
    public byte[] IcalNetBuildAndSerialize() => Encoding.UTF8.GetBytes(IcalNetCalendar.Write(_event));

    [Benchmark(Description = "Prb.Events.Ical: direct UTF-8 writer")]
    public byte[] PrbExport() => _exporter.ToUtf8(_event);

    [Benchmark(Description = "Prb.Events.Ical: to a stream")]
    public long PrbExportToStream()
    {
        using var stream = new CountingStream();
        _exporter.Write(_event, stream);
        return stream.Length;
    }
}
