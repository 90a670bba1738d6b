using Lineage.Reading;

namespace Lineage.Scanning;

/// <summary>
/// A scan's findings: the documents read (in input order), each with its word count, the pairs
/// that share text (most shared words first) and every input problem met on the way.
/// </summary>
public sealed record ScanResult(
    IReadOnlyList<Document> Documents,
    IReadOnlyList<int> WordCounts,
    IReadOnlyList<DocumentPair> Pairs,
    IReadOnlyList<ReadProblem> Problems,
    int CandidatePairs)
{
    public bool SkippedAny
    {
        get
        {
            foreach (var p in Problems)
                if (p.Skipped) return true;
            return false;
        }
    }
}
