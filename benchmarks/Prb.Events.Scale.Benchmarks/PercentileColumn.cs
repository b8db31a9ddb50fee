using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Prb.Events.Scale.Benchmarks;

/// <summary>A percentile of the measurements in milliseconds, for percentiles that BenchmarkDotNet has no column of (P99).</summary>
public sealed class PercentileColumn : IColumn
{
    private readonly int _percentile;

    /// <summary>Initializes the column.</summary>
    /// <param name="percentile">The percentile, 1 to 100.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percentile"/> is not from 1 to 100.</exception>
    public PercentileColumn(int percentile)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(percentile, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percentile, 100);
        _percentile = percentile;
    }

    /// <inheritdoc/>
    public string Id => $"{nameof(PercentileColumn)}.{_percentile}";

    /// <inheritdoc/>
    public string ColumnName => string.Create(CultureInfo.InvariantCulture, $"P{_percentile} [ms]");

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Statistics;

    /// <inheritdoc/>
    public int PriorityInCategory => 100 + _percentile;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend => string.Create(CultureInfo.InvariantCulture, $"{_percentile}th percentile of the measurements, in milliseconds");

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(style);
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        return statistics is null ? "?" : (statistics.Percentiles.Percentile(_percentile) / 1_000_000).ToString("N3", style.CultureInfo);
    }

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc/>
    public override string ToString() => ColumnName;
}
