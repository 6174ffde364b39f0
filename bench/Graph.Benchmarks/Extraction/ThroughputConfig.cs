namespace CareerGraph.Benchmarks.Extraction;

using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

/// <summary>
/// Default job in-process (the measured code is the build under test; no generated project to build) pinned to one
/// core, with allocations and an MB/s column computed from the median.
/// </summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddJob(Job.Default.WithAffinity(1).WithToolchain(InProcessEmitToolchain.Instance));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median, new ThroughputColumn());
    }
}

/// <summary>
/// The same measures on every core the machine has, as the loader runs (it extracts the files of a folder in
/// parallel); on a shared machine this figure moves with the other load more than the one-core figure.
/// </summary>
public sealed class AllCoresThroughputConfig : ManualConfig
{
    public AllCoresThroughputConfig()
    {
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median, new ThroughputColumn());
    }
}

/// <summary>Input megabytes (10^6 bytes) per second at the median time of one operation.</summary>
public sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);
    public string ColumnName => "MB/s (median)";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Input MB (10^6 bytes) per second at the median time per operation";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var bytes = ExtractionBenchmarks.InputBytes(benchmarkCase.Descriptor.WorkloadMethod.Name);
        if (report?.ResultStatistics is not { } stats || bytes == 0) return "-";
        var seconds = stats.Median / 1e9;
        return (bytes / 1e6 / seconds).ToString("F1", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
