using CsCheck;
using Prb.Events.Ical.Tests.TestSupport;

namespace Prb.Events.Ical.Tests;

/// <summary>One exporter under sixteen callers at once — whole events, single agenda items and feeds, synchronous and
/// asynchronous — gives, call for call, the bytes of a serial run.</summary>
public sealed class IcalendarExporterConcurrencyTests
{
    private const int Callers = 16;

    [Fact]
    public void Sixteen_parallel_callers_get_the_bytes_of_a_serial_run()
    {
        var exporter = Samples.Exporter(new IcalendarExportOptions { IncludeAgendaItems = true, AlarmBeforeStart = NodaTime.Duration.FromMinutes(10) });
        Event[] events = [Samples.Seed, .. TestSupport.EventGenerators.Event.Array[11].Single()];
        var calls = new List<(string Name, Func<byte[]> Call)>();
        foreach (var e in events)
        {
            calls.Add(($"event {e.Id}", () => exporter.ToUtf8(e)));
            calls.Add(($"event {e.Id} to a stream, asynchronously", () =>
            {
                using var stream = new MemoryStream();
                exporter.WriteAsync(e, stream).GetAwaiter().GetResult();
                return stream.ToArray();
            }));
            foreach (var item in e.Agenda)
            {
                calls.Add(($"item {e.Id}/{item.Id}", () => exporter.ItemToUtf8(e, item.Id)));
            }
        }

        calls.Add(("feed", () => exporter.FeedToUtf8(events)));
        calls.Add(("feed to a stream", () =>
        {
            using var stream = new MemoryStream();
            exporter.WriteFeed(events, stream);
            return stream.ToArray();
        }));
        var serial = calls.Select(c => c.Call()).ToArray();

        var parallel = ParallelCallers.Run(Callers, caller =>
            Enumerable.Range(0, 2 * calls.Count).Select(k => (caller + k) % calls.Count).Select(i => (i, calls[i].Call())).ToList());

        Assert.All(parallel.SelectMany(results => results), result => Assert.True(serial[result.i].AsSpan().SequenceEqual(result.Item2), calls[result.i].Name));
    }
}
