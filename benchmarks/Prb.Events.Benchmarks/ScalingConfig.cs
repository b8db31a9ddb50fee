using BenchmarkDotNet.Configs;

namespace Prb.Events.Benchmarks;

/// <summary>
/// The configuration of <see cref="ValidationScalingBenchmarks"/>: adds a Ratio column with the case of
/// <see cref="ValidationScalingBenchmarks.BaselineN"/> items as the baseline, since BenchmarkDotNet can only make a
/// method, not a parameter value, the baseline.
/// </summary>
public sealed class ScalingConfig : ManualConfig
{
    /// <summary>Initializes the configuration.</summary>
    public ScalingConfig() =>
        AddColumn(new ParameterBaselineRatioColumn(nameof(ValidationScalingBenchmarks.N), ValidationScalingBenchmarks.BaselineN));
}
