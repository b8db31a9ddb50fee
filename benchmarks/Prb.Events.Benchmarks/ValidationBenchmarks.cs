using System.Globalization;
using BenchmarkDotNet.Attributes;

namespace Prb.Events.Benchmarks;

/// <summary>
/// Compares the validator's sort-and-sweep overlap detection, as part of a full <see cref="EventValidator.Validate"/>,
/// with a brute-force check of every pair of agenda items. Target: the validator at least 20 times faster at 5,000 items.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15, id: "Quick")]
[Config(typeof(SpeedupConfig))]
public class ValidationBenchmarks
{
    private Event _event = null!;

    /// <summary>Gets or sets the number of agenda items.</summary>
    [Params(5_000)]
    public int N { get; set; }

    /// <summary>Generates the event and checks that both methods see the planted overlaps.</summary>
    /// <exception cref="InvalidOperationException">The brute force and the validator disagree about whether there are overlaps.</exception>
    [GlobalSetup]
    public void Setup()
    {
        _event = AgendaGenerator.Generate(N);
        var (rooms, speakers) = PairwiseOverlapCheck.Count(_event);
        var diagnostics = EventValidator.Default.Validate(_event).Diagnostics;
        var validatorRooms = diagnostics.Count(d => d.Code == DiagnosticCodes.RoomOverlap);
        var validatorSpeakers = diagnostics.Count(d => d.Code == DiagnosticCodes.SpeakerDoubleBooked);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// {N} items: brute force finds {rooms} room overlaps and {speakers} speaker double bookings; the validator reports {validatorRooms} and {validatorSpeakers}, and {diagnostics.Count} diagnostics in all."));
        if (rooms == 0 || speakers == 0 || validatorRooms == 0 || validatorSpeakers == 0)
        {
            throw new InvalidOperationException("The generated event should hold planted overlaps that both methods find.");
        }
    }

    /// <summary>Compares every pair of agenda items: the O(n²) baseline.</summary>
    /// <returns>The number of overlaps found.</returns>
    [Benchmark(Baseline = true)]
    public int BruteForcePairwise()
    {
        var (rooms, speakers) = PairwiseOverlapCheck.Count(_event);
        return rooms + speakers;
    }

    /// <summary>Runs the full validator, whose overlap checks sort and sweep in O(n log n).</summary>
    /// <returns>The validation result.</returns>
    [Benchmark]
    public ValidationResult Validate() => EventValidator.Default.Validate(_event);
}
