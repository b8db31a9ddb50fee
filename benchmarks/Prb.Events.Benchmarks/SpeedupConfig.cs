using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;

namespace Prb.Events.Benchmarks;

/// <summary>
/// The configuration of <see cref="ValidationBenchmarks"/>: shows the Ratio column as a speed-up, such as
/// "25.00x faster", which reads more precisely than a ratio of 0.04 when the difference is large.
/// </summary>
public sealed class SpeedupConfig : ManualConfig
{
    /// <summary>Initializes the configuration.</summary>
    public SpeedupConfig() => SummaryStyle = SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend);
}
