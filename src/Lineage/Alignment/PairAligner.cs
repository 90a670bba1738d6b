using Lineage.Text;

namespace Lineage.Alignment;

/// <summary>
/// Aligns the reused passages of two documents: anchors (n-grams unique in both) → chains (longest
/// increasing runs, cut at large gaps, repeated for moved blocks) → word alignment between
/// anchors tolerant of typos and substitutions → near-adjacent blocks merged, so one copied
/// article is one passage → passages shorter than the minimum, or carried by function words
/// alone, dropped.
/// </summary>
public static class PairAligner
{
    public static PairAlignment Align(TokenList a, TokenList b, AlignmentOptions options) =>
        Align(a, AnchorIndex.Of(a, options.AnchorNGram), b, AnchorIndex.Of(b, options.AnchorNGram), options);

    /// <summary>Aligns with anchor indexes built beforehand (one per document, reused across its pairs).</summary>
    public static PairAlignment Align(TokenList a, AnchorIndex anchorsA, TokenList b, AnchorIndex anchorsB, AlignmentOptions options) =>
        Align(a, b, AnchorFinder.Find(anchorsA, anchorsB), options);

    /// <summary>Aligns with A's anchor table built beforehand (once per document, joined with each of its pairs' B side).</summary>
    public static PairAlignment Align(TokenList a, AnchorTable anchorsA, TokenList b, AlignmentOptions options)
    {
        if (anchorsA.NGram != options.AnchorNGram) throw new ArgumentException("Anchor table built with another n-gram size than the options'.");
        return Align(a, b, anchorsA.Find(b.Hashes), options);
    }

    /// <summary>Aligns from the pair's anchors (sorted by position in A).</summary>
    private static PairAlignment Align(TokenList a, TokenList b, Anchor[] anchors, AlignmentOptions options)
    {
        if (anchors.Length == 0) return PairAlignment.None;
        var chains = AnchorChain.Extract(anchors, options.MaxGapWords, options.MaxChainRounds);
        var blocks = new List<AlignedBlock>(chains.Count);
        foreach (var chain in chains)
        {
            // A few words in common by chance ("and the United States") are no passage, and
            // merged into a neighbour they would pass for one.
            var ops = ChainAligner.Align(a, b, chain, options.AnchorNGram);
            blocks.AddRange(BlockSegmenter.Segment(ops, MinBlockWords(options)));
        }
        blocks = Merge(WithoutOverlaps(blocks), a, b, options.MergeGapWords);

        var passages = new List<Passage>(blocks.Count);
        foreach (var block in blocks)
            if (block.AlignedWords >= options.MinPassageWords && PassageEvidence.Holds(block, a, b, options)) passages.Add(PassageBuilder.Build(block, a, b));
        if (passages.Count == 0) return PairAlignment.None;
        return PairAlignment.Of(passages, a.Count, b.Count);
    }

    private static int MinBlockWords(AlignmentOptions options) => Math.Max(options.AnchorNGram + 1, options.MinPassageWords / 2);

    /// <summary>
    /// Joins blocks that follow each other in both documents with a gap of at most
    /// <paramref name="mergeGap"/> words on each side and no longer than the larger block, so
    /// the merged passage is mostly aligned text; the gap becomes an edit of the merged passage.
    /// </summary>
    private static List<AlignedBlock> Merge(List<AlignedBlock> blocks, TokenList a, TokenList b, int mergeGap)
    {
        if (blocks.Count < 2) return blocks;
        blocks.Sort((x, y) => x.WordsA.Start.CompareTo(y.WordsA.Start));
        var merged = new List<AlignedBlock> { blocks[0] };
        for (var k = 1; k < blocks.Count; k++)
        {
            var previous = merged[^1];
            var next = blocks[k];
            var gapA = next.WordsA.Start - previous.WordsA.End;
            var gapB = next.WordsB.Start - previous.WordsB.End;
            var limit = Math.Min(mergeGap, Math.Max(previous.AlignedWords, next.AlignedWords));
            if (gapA >= 0 && gapB >= 0 && gapA <= limit && gapB <= limit)
            {
                var ops = new List<AlignOp>(previous.Ops.Count + next.Ops.Count + gapA + gapB);
                ops.AddRange(previous.Ops);
                var gapStart = ops.Count;
                GapAligner.Align(a, b, previous.WordsA.End, next.WordsA.Start, previous.WordsB.End, next.WordsB.Start, ops);
                if (IsOtherText(ops, gapStart, gapA, gapB))
                {
                    merged.Add(next);
                    continue;
                }
                ops.AddRange(next.Ops);
                merged[^1] = new AlignedBlock(ops);
            }
            else
            {
                merged.Add(next);
            }
        }
        return merged;
    }

    /// <summary>
    /// Whether a gap between two blocks is different text on both sides rather than an edit of one
    /// passage: each side has more than <see cref="OtherTextWords"/> words there and fewer than half
    /// of the shorter side align. Two notices that two pages both carry, around two different
    /// articles, are two passages, not one passage spanning both articles. A gap on one side only
    /// (a sentence or paragraph dropped from a copy) always merges.
    /// </summary>
    private static bool IsOtherText(List<AlignOp> ops, int gapStart, int gapA, int gapB)
    {
        var shorter = Math.Min(gapA, gapB);
        if (shorter <= OtherTextWords) return false;
        var aligned = 0;
        for (var k = gapStart; k < ops.Count; k++)
            if (ops[k].IsAligned) aligned++;
        return 2 * aligned < shorter;
    }

    private const int OtherTextWords = 8;

    /// <summary>
    /// Keeps the larger of two blocks that cover mostly the same words on both sides: anchors
    /// left over from one chain can start a second chain whose extension runs over the first.
    /// </summary>
    internal static List<AlignedBlock> WithoutOverlaps(List<AlignedBlock> blocks)
    {
        if (blocks.Count < 2) return blocks;
        blocks.Sort(static (x, y) => y.AlignedWords.CompareTo(x.AlignedWords));
        var kept = new List<AlignedBlock>(blocks.Count);
        foreach (var block in blocks)
        {
            var duplicate = false;
            foreach (var other in kept)
            {
                if (2 * block.WordsA.Overlap(other.WordsA) >= block.WordsA.Length
                    && 2 * block.WordsB.Overlap(other.WordsB) >= block.WordsB.Length)
                {
                    duplicate = true;
                    break;
                }
            }
            if (!duplicate) kept.Add(block);
        }
        return kept;
    }
}
