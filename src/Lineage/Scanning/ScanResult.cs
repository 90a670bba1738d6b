using Lineage.Alignment;
using Lineage.Extraction;
using Lineage.Reading;

namespace Lineage.Scanning;

/// <summary>
/// A scan's findings: the documents read (in input order) as articles, each with its word count
/// (article words, boilerplate left out), the pairs that share text (most shared words first)
/// and every input problem met on the way.
/// </summary>
public sealed record ScanResult(
    IReadOnlyList<ExtractedDocument> Articles,
    IReadOnlyList<int> WordCounts,
    IReadOnlyList<DocumentPair> Pairs,
    IReadOnlyList<ReadProblem> Problems,
    int CandidatePairs)
{
    public IReadOnlyList<Document> Documents { get; } = Articles.Select(a => a.Document).ToArray();

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
