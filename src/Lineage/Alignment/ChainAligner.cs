using Lineage.Text;

namespace Lineage.Alignment;

/// <summary>
/// Turns a chain of anchors into a word alignment: anchors are exact matches, the words between
/// consecutive anchors are aligned by <see cref="GapAligner"/>, and both ends are extended along
/// the diagonal while near-identical words keep coming (a typo in the first or last words of a
/// passage leaves no anchor there).
/// </summary>
internal static class ChainAligner
{
    /// <summary>Extension stops once its score falls this far below the best seen.</summary>
    private const int ExtensionDrop = 3;

    public static List<AlignOp> Align(TokenList a, TokenList b, ReadOnlySpan<Anchor> chain, int n)
    {
        var ops = new List<AlignOp>(chain.Length + 2 * n);
        int curA = chain[0].A, curB = chain[0].B;
        foreach (var anchor in chain)
        {
            var skip = Math.Max(0, Math.Max(curA - anchor.A, curB - anchor.B));
            if (skip >= n) continue;
            int sa = anchor.A + skip, sb = anchor.B + skip;
            GapAligner.Align(a, b, curA, sa, curB, sb, ops);
            for (var k = 0; k < n - skip; k++) ops.Add(new AlignOp(AlignOpKind.Match, sa + k, sb + k));
            curA = sa + n - skip;
            curB = sb + n - skip;
        }
        var left = ExtendLeft(a, b, chain[0].A - 1, chain[0].B - 1);
        ops.InsertRange(0, left);
        ExtendRight(a, b, curA, curB, ops);
        return ops;
    }

    private static List<AlignOp> ExtendLeft(TokenList a, TokenList b, int i, int j)
    {
        var walked = new List<AlignOp>();
        int score = 0, best = 0, bestLength = 0;
        while (i >= 0 && j >= 0)
        {
            var pair = GapAligner.Pair(a, b, i, j);
            score += pair > 0 ? 1 : -2;
            walked.Add(new AlignOp(pair == 2 ? AlignOpKind.Match : pair == 1 ? AlignOpKind.Typo : AlignOpKind.Mismatch, i, j));
            if (score > best)
            {
                best = score;
                bestLength = walked.Count;
            }
            else if (score < best - ExtensionDrop)
            {
                break;
            }
            i--;
            j--;
        }
        walked.RemoveRange(bestLength, walked.Count - bestLength);
        walked.Reverse();
        return walked;
    }

    private static void ExtendRight(TokenList a, TokenList b, int i, int j, List<AlignOp> ops)
    {
        var start = ops.Count;
        int score = 0, best = 0, bestLength = 0;
        while (i < a.Count && j < b.Count)
        {
            var pair = GapAligner.Pair(a, b, i, j);
            score += pair > 0 ? 1 : -2;
            ops.Add(new AlignOp(pair == 2 ? AlignOpKind.Match : pair == 1 ? AlignOpKind.Typo : AlignOpKind.Mismatch, i, j));
            if (score > best)
            {
                best = score;
                bestLength = ops.Count - start;
            }
            else if (score < best - ExtensionDrop)
            {
                break;
            }
            i++;
            j++;
        }
        ops.RemoveRange(start + bestLength, ops.Count - start - bestLength);
    }
}
