namespace Lineage.Alignment;

/// <summary>
/// Cuts a chain's word alignment into the stretches that really align. A chain can pass through
/// unrelated text between two chance matches ("… and the United States"); scoring aligned
/// columns +1 and differing ones −2 per word pair (−1 per word on one side only), the maximal
/// scoring segments (found as Ruzzo &amp; Tompa's are: best segment first, then the parts left
/// on either side) are the passages, and the junk between them is dropped.
/// </summary>
internal static class BlockSegmenter
{
    public static List<AlignedBlock> Segment(List<AlignOp> ops, int minWords)
    {
        var blocks = new List<AlignedBlock>();
        var pending = new Stack<(int Start, int End)>();
        pending.Push((0, ops.Count));
        while (pending.Count > 0)
        {
            var (start, end) = pending.Pop();
            var (from, to, score) = BestSegment(ops, start, end);
            if (score < minWords) continue;
            blocks.Add(new AlignedBlock(ops.GetRange(from, to - from)));
            if (from - start >= minWords) pending.Push((start, from));
            if (end - to >= minWords) pending.Push((to, end));
        }
        blocks.Sort(static (x, y) => x.WordsA.Start.CompareTo(y.WordsA.Start));
        return blocks;
    }

    private static int Score(AlignOp op) => op.Kind switch
    {
        AlignOpKind.Match or AlignOpKind.Typo => 1,
        AlignOpKind.Mismatch => -2,
        _ => -1,
    };

    /// <summary>Kadane's maximum-sum subarray of [start, end): its bounds and score.</summary>
    private static (int From, int To, int Score) BestSegment(List<AlignOp> ops, int start, int end)
    {
        int best = 0, bestFrom = start, bestTo = start;
        int running = 0, runFrom = start;
        for (var i = start; i < end; i++)
        {
            if (running <= 0)
            {
                running = 0;
                runFrom = i;
            }
            running += Score(ops[i]);
            if (running > best)
            {
                best = running;
                bestFrom = runFrom;
                bestTo = i + 1;
            }
        }
        return (bestFrom, bestTo, best);
    }
}
