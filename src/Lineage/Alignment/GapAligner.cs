using System.Buffers;
using Lineage.Text;

namespace Lineage.Alignment;

/// <summary>
/// Global alignment (Needleman–Wunsch) of the words between two anchors, where typos,
/// substitutions and insertions are. Scores: identical +2, near-identical +1, mismatch −1,
/// gap −1 (the textreuse scheme). Only ever called on gaps bounded by the chain's max gap, so
/// the quadratic table stays small.
/// </summary>
internal static class GapAligner
{
    private const int MatchScore = 2;
    private const int TypoScore = 1;
    private const int MismatchScore = -1;
    private const int GapScore = -1;

    /// <summary>Gaps with more cells than this are not aligned word by word: both sides are one substitution.</summary>
    public const int MaxCells = 1 << 16;

    public static void Align(TokenList a, TokenList b, int a0, int a1, int b0, int b1, List<AlignOp> ops)
    {
        var rows = a1 - a0;
        var cols = b1 - b0;
        if (rows == 0 && cols == 0) return;
        if (rows == 0 || cols == 0 || (long)rows * cols > MaxCells)
        {
            for (var i = a0; i < a1; i++) ops.Add(new AlignOp(AlignOpKind.OnlyA, i, -1));
            for (var j = b0; j < b1; j++) ops.Add(new AlignOp(AlignOpKind.OnlyB, -1, j));
            return;
        }
        if (rows == cols && IdenticalRun(a, b, a0, b0, rows))
        {
            for (var k = 0; k < rows; k++) ops.Add(new AlignOp(AlignOpKind.Match, a0 + k, b0 + k));
            return;
        }

        var width = cols + 1;
        var cells = (rows + 1) * width;
        var score = ArrayPool<int>.Shared.Rent(cells);
        try
        {
            for (var j = 0; j <= cols; j++) score[j] = j * GapScore;
            for (var i = 1; i <= rows; i++)
            {
                score[i * width] = i * GapScore;
                for (var j = 1; j <= cols; j++)
                {
                    var diagonal = score[(i - 1) * width + j - 1] + Pair(a, b, a0 + i - 1, b0 + j - 1);
                    var up = score[(i - 1) * width + j] + GapScore;
                    var left = score[i * width + j - 1] + GapScore;
                    score[i * width + j] = Math.Max(diagonal, Math.Max(up, left));
                }
            }
            Traceback(a, b, a0, b0, rows, cols, score, width, ops);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(score);
        }
    }

    private static void Traceback(TokenList a, TokenList b, int a0, int b0, int rows, int cols, int[] score, int width, List<AlignOp> ops)
    {
        var start = ops.Count;
        int i = rows, j = cols;
        while (i > 0 || j > 0)
        {
            if (i > 0 && j > 0)
            {
                var pair = Pair(a, b, a0 + i - 1, b0 + j - 1);
                if (score[i * width + j] == score[(i - 1) * width + j - 1] + pair)
                {
                    var kind = pair == MatchScore ? AlignOpKind.Match : pair == TypoScore ? AlignOpKind.Typo : AlignOpKind.Mismatch;
                    ops.Add(new AlignOp(kind, a0 + i - 1, b0 + j - 1));
                    i--;
                    j--;
                    continue;
                }
            }
            if (i > 0 && score[i * width + j] == score[(i - 1) * width + j] + GapScore)
            {
                ops.Add(new AlignOp(AlignOpKind.OnlyA, a0 + i - 1, -1));
                i--;
            }
            else
            {
                ops.Add(new AlignOp(AlignOpKind.OnlyB, -1, b0 + j - 1));
                j--;
            }
        }
        ops.Reverse(start, ops.Count - start);
    }

    private static bool IdenticalRun(TokenList a, TokenList b, int a0, int b0, int length)
    {
        var ha = a.Hashes.Slice(a0, length);
        var hb = b.Hashes.Slice(b0, length);
        return ha.SequenceEqual(hb);
    }

    internal static int Pair(TokenList a, TokenList b, int i, int j)
    {
        if (a.Hashes[i] == b.Hashes[j]) return MatchScore;
        return WordSimilarity.AreNear(a.FoldedOf(i), b.FoldedOf(j)) ? TypoScore : MismatchScore;
    }
}
