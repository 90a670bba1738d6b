using System.Collections.Concurrent;
using Lineage.Alignment;
using Lineage.Candidates;
using Lineage.Scanning;
using Lineage.Text;

namespace Lineage.Pipeline;

/// <summary>
/// Candidate pairs to aligned pairs, from the words <see cref="TokenizeStage"/> kept: pairs are
/// grouped by their first document, whose anchor table is built once per group, and each second
/// document's n-grams are looked up in it. A document's words are dropped after its last pair.
/// </summary>
public static class AlignStage
{
    /// <summary>The pairs that share at least one passage, most shared words first.</summary>
    public static List<DocumentPair> Align(CorpusTokens tokens, IReadOnlyList<CandidatePair> candidates, ScanOptions options, IProgress<ScanProgress>? progress = null)
    {
        tokens.KeepFor(candidates);
        var groups = CandidateRuns.ByFirstDocument(candidates, static c => c.A);
        var found = new ConcurrentBag<DocumentPair>();
        long done = 0;
        var n = options.Alignment.AnchorNGram;
        Parallel.ForEach(groups, options.ParallelOptions, () => new Buffers(), (group, _, buffers) =>
        {
            var a = candidates[group.Start].A;
            var tokensA = tokens.WordsOf(a, buffers.A);
            var anchorsA = buffers.AnchorsA;
            anchorsA.Build(tokensA, n);
            for (var k = group.Start; k < group.End; k++)
            {
                var b = candidates[k].B;
                var alignment = PairAligner.Align(tokensA, anchorsA, tokens.WordsOf(b, buffers.B), options.Alignment);
                if (alignment.Passages.Count > 0) found.Add(new DocumentPair(a, b, alignment));
                tokens.Done(a);
                tokens.Done(b);
            }
            var aligned = Interlocked.Add(ref done, group.End - group.Start);
            progress?.Report(new ScanProgress(ScanStage.Aligning, aligned, candidates.Count));
            return buffers;
        }, _ => { });
        var pairs = found.ToList();
        SortByReuse(pairs);
        return pairs;
    }

    /// <summary>
    /// One pair aligned whatever fingerprints its documents share: <c>compare</c>, and PAN's text
    /// alignment, which is given its pairs.
    /// </summary>
    public static PairAlignment Align(TokenList a, TokenList b, AlignmentOptions options) => PairAligner.Align(a, b, options);

    /// <summary>One worker's buffers: the words of the two sides when they are not held, and A's anchor table.</summary>
    private sealed class Buffers
    {
        public TokenList A { get; } = new(1024);
        public TokenList B { get; } = new(1024);
        public AnchorTable AnchorsA { get; } = new();
    }

    /// <summary>Most shared words first; ties in input order, so output is the same run after run.</summary>
    public static void SortByReuse(List<DocumentPair> pairs) => pairs.Sort(static (x, y) =>
    {
        var byWords = y.Alignment.SharedWords.CompareTo(x.Alignment.SharedWords);
        if (byWords != 0) return byWords;
        return x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B);
    });
}
