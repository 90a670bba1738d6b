using Lineage.Alignment;
using Lineage.Fingerprints;
using Lineage.Reading;

namespace Lineage.Scanning;

/// <summary>Everything a scan can be told, each part with sensible defaults.</summary>
public sealed record ScanOptions
{
    public ReadOptions Read { get; init; } = new();
    public FingerprintOptions Fingerprints { get; init; } = new();
    public AlignmentOptions Alignment { get; init; } = new();

    /// <summary>
    /// Compare articles only: header, footer, furniture and site templates are left out of reuse
    /// detection. When false, every word of every document counts.
    /// </summary>
    public bool ArticlesOnly { get; init; } = true;

    /// <summary>Threads to use; 0 means one per core.</summary>
    public int Parallelism { get; init; }

    public void Validate()
    {
        Fingerprints.Validate();
        Alignment.Validate();
        if (Parallelism < 0) throw new ArgumentException($"parallelism must be 0 (all cores) or more (got {Parallelism}).");
    }

    internal ParallelOptions ParallelOptions => new() { MaxDegreeOfParallelism = Parallelism > 0 ? Parallelism : Environment.ProcessorCount };
}
