using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using Perfolizer.Mathematics.OutlierDetection;
using BenchmarkDotNet.Reports;
using Perfolizer.Horology;
using Prb.Events.Benchmarks;

namespace Prb.Events.Scale.Benchmarks;

/// <summary>
/// One request per measurement, so the statistics are those of single requests: mean, P50, P95 and P99 latency, and
/// requests per second. No outlier is removed (a slow request is what a percentile is for); the ratio is each store's
/// mean over the folder store's.
/// </summary>
public sealed class PerRequestConfig : ManualConfig
{
    /// <summary>Initializes the configuration.</summary>
    public PerRequestConfig()
    {
        AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(30)
            .WithIterationCount(500)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithOutlierMode(OutlierMode.DontRemove)
            .WithStrategy(RunStrategy.Throughput));
        AddColumn(
            StatisticColumn.P50,
            StatisticColumn.P95,
            new PercentileColumn(99),
            StatisticColumn.Max,
            StatisticColumn.OperationsPerSecond,
            new ParameterBaselineRatioColumn(nameof(ReadBenchmarks.Store), StoreKind.Folder));
        SummaryStyle = SummaryStyle.Default.WithTimeUnit(TimeUnit.Millisecond);
    }
}
