using BenchmarkDotNet.Attributes;

namespace Prb.Events.Benchmarks;

/// <summary>
/// Measures how <see cref="EventValidator.Validate"/> grows with the size of the agenda. The Ratio column divides each
/// mean by the mean at <see cref="BaselineN"/> items; target: 100,000 items within 25 times the time of 10,000.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15, id: "Quick")]
[Config(typeof(ScalingConfig))]
public class ValidationScalingBenchmarks
{
    /// <summary>The number of agenda items that the Ratio column compares with.</summary>
    public const int BaselineN = 10_000;

    private Event _event = null!;

    /// <summary>Gets or sets the number of agenda items.</summary>
    [Params(BaselineN, 100_000)]
    public int N { get; set; }

    /// <summary>Generates the event.</summary>
    [GlobalSetup]
    public void Setup() => _event = AgendaGenerator.Generate(N);

    /// <summary>Runs the full validator.</summary>
    /// <returns>The validation result.</returns>
    [Benchmark]
    public ValidationResult Validate() => EventValidator.Default.Validate(_event);
}
