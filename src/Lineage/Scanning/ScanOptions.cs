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

    /// <summary>Rewritten reuse beside verbatim reuse, and each pair's derivation.</summary>
    public RewriteOptions Rewrites { get; init; } = new();

    /// <summary>
    /// Compare articles only: header, footer, furniture and site templates are left out of reuse
    /// detection. When false, every word of every document counts.
    /// </summary>
    public bool ArticlesOnly { get; init; } = true;

    /// <summary>Threads to use; 0 means one per core.</summary>
    public int Parallelism { get; init; }

    /// <summary>
    /// Most words a run holds at once between tokenizing its articles and aligning their pairs
    /// (about 32 bytes a word). Within it each article is tokenized once; past it, an article
    /// whose words could not be held is tokenized again when a pair needs them. The default is
    /// about the words of 2,000 news articles: a small run tokenizes each article once, while a
    /// large one keeps its memory (holding every word of 50,000 articles saved a tenth of the CPU
    /// time for 1.7 times the peak memory); 0 tokenizes every pair's documents afresh.
    /// </summary>
    public long KeptWords { get; init; } = 1_000_000;

    public void Validate()
    {
        Fingerprints.Validate();
        Alignment.Validate();
        Rewrites.Validate();
        if (Parallelism < 0) throw new ArgumentException($"parallelism must be 0 (all cores) or more (got {Parallelism}).");
        if (KeptWords < 0) throw new ArgumentException($"kept words must be 0 or more (got {KeptWords}).");
    }

    internal ParallelOptions ParallelOptions => new() { MaxDegreeOfParallelism = Parallelism > 0 ? Parallelism : Environment.ProcessorCount };
}
