using Lineage.Alignment;

namespace Lineage.Pan;

/// <summary>Where a PAN text-alignment run reads and writes, and how it aligns.</summary>
public sealed record PanRunOptions
{
    public required string SuspiciousFolder { get; init; }
    public required string SourceFolder { get; init; }

    /// <summary>Where one detection file per pair is written (created if missing).</summary>
    public required string OutputFolder { get; init; }

    public AlignmentOptions Alignment { get; init; } = new();

    /// <summary>How reworded passages are found; null reports verbatim passages only.</summary>
    public SentenceAlignmentOptions? Rewritten { get; init; } = new();

    /// <summary>How verbatim and reworded passages of a pair become detections.</summary>
    public ReuseMergeOptions Merge { get; init; } = new();

    /// <summary>Threads to use; 0 means one per core.</summary>
    public int Parallelism { get; init; }

    public void Validate()
    {
        Alignment.Validate();
        Rewritten?.Validate();
        Merge.Validate();
        if (Parallelism < 0) throw new ArgumentException($"parallelism must be 0 (all cores) or more (got {Parallelism}).");
    }

    internal ParallelOptions ParallelOptions => new() { MaxDegreeOfParallelism = Parallelism > 0 ? Parallelism : Environment.ProcessorCount };
}
