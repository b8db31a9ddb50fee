using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Prb.Events.Benchmarks;

/// <summary>
/// A Ratio column whose baseline is one value of a parameter: each case's mean divided by the mean of the case of the
/// same method, job and other parameters where the parameter has the baseline value.
/// </summary>
public sealed class ParameterBaselineRatioColumn : IColumn
{
    private readonly string _parameter;
    private readonly object _baseline;

    /// <summary>Initializes the column.</summary>
    /// <param name="parameter">The name of the parameter, such as <c>N</c>.</param>
    /// <param name="baseline">The value of the parameter in the baseline case.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ParameterBaselineRatioColumn(string parameter, object baseline)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        ArgumentNullException.ThrowIfNull(baseline);
        _parameter = parameter;
        _baseline = baseline;
    }

    /// <inheritdoc/>
    public string Id => $"{nameof(ParameterBaselineRatioColumn)}.{_parameter}";

    /// <inheritdoc/>
    public string ColumnName => "Ratio";

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Baseline;

    /// <inheritdoc/>
    public int PriorityInCategory => 0;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend => string.Create(CultureInfo.InvariantCulture, $"Mean of this case / mean of the case with {_parameter}={_baseline}");

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        ArgumentNullException.ThrowIfNull(style);
        var baseline = summary.BenchmarksCases.FirstOrDefault(c => IsBaselineOf(c, benchmarkCase));
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        var baselineMean = baseline is null ? null : summary[baseline]?.ResultStatistics?.Mean;
        return mean is { } m && baselineMean is { } b && b > 0 ? (m / b).ToString("N2", style.CultureInfo) : "?";
    }

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc/>
    public override string ToString() => ColumnName;

    private bool IsBaselineOf(BenchmarkCase candidate, BenchmarkCase benchmarkCase)
    {
        if (candidate.Descriptor != benchmarkCase.Descriptor || candidate.Job.DisplayInfo != benchmarkCase.Job.DisplayInfo
            || !Equals(candidate.Parameters[_parameter], _baseline))
        {
            return false;
        }

        foreach (var parameter in benchmarkCase.Parameters.Items)
        {
            if (parameter.Name != _parameter && !Equals(candidate.Parameters[parameter.Name], parameter.Value))
            {
                return false;
            }
        }

        return true;
    }
}
