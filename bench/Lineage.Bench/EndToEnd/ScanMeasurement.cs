namespace Lineage.Bench.EndToEnd;

/// <summary>One timed scan of a corpus folder, as the child process reports it to the parent.</summary>
public sealed record ScanMeasurement(
    int Documents,
    long InputBytes,
    double Seconds,
    double CpuSeconds,
    double LoadAverage,
    int Pairs,
    int Candidates,
    int Problems,
    long PeakWorkingSetBytes,
    long ManagedHeapAfterBytes,
    long AllocatedBytes,
    int Gen0Collections,
    int Gen1Collections,
    int Gen2Collections,
    double GcPauseSeconds,
    StageTimes Stages,
    ReuseRecall Recall)
{
    public double Megabytes => InputBytes / 1e6;

    public double MegabytesPerSecond => Megabytes / Seconds;

    public double DocumentsPerSecond => Documents / Seconds;

    /// <summary>Input MB per CPU second: what the scan would do on one core of its own, whatever else ran beside it.</summary>
    public double MegabytesPerCpuSecond => Megabytes / CpuSeconds;
}
