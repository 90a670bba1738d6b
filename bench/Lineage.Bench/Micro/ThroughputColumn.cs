using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Lineage.Bench.Micro;

/// <summary>MB/s (10^6 bytes of UTF-8 input a second) for benchmarks whose parameter is an <see cref="ISizedInput"/>.</summary>
public sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);
    public string ColumnName => "MB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Input megabytes (10^6 UTF-8 bytes) processed per second, from the mean";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        long bytes = -1;
        foreach (var parameter in benchmarkCase.Parameters.Items)
            if (parameter.Value is ISizedInput sized) bytes = sized.Bytes;
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (bytes < 0 || mean is not > 0) return "-";
        return (bytes / 1e6 / (mean.Value / 1e9)).ToString("0.0", CultureInfo.InvariantCulture);
    }
}
