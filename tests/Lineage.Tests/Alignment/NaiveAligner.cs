using Lineage.Alignment;
using Lineage.Text;

namespace Lineage.Tests.Alignment;

/// <summary>
/// The reference the fast aligner is checked against: full O(n·m) Smith–Waterman local alignment
/// over words with the same scores (identical +2, near-identical +1, mismatch −1, gap −1).
/// </summary>
internal static class NaiveAligner
{
    public sealed record Result(TokenRange A, TokenRange B, int AlignedWords, int Score);

    public static Result Align(TokenList a, TokenList b)
    {
        var n = a.Count;
        var m = b.Count;
        var score = new int[n + 1, m + 1];
        int best = 0, bestI = 0, bestJ = 0;
        for (var i = 1; i <= n; i++)
            for (var j = 1; j <= m; j++)
            {
                var pair = PairScore(a, b, i - 1, j - 1);
                var s = Math.Max(0, Math.Max(score[i - 1, j - 1] + pair, Math.Max(score[i - 1, j] - 1, score[i, j - 1] - 1)));
                score[i, j] = s;
                if (s > best)
                {
                    best = s;
                    bestI = i;
                    bestJ = j;
                }
            }
        int x = bestI, y = bestJ, aligned = 0;
        while (x > 0 && y > 0 && score[x, y] > 0)
        {
            var pair = PairScore(a, b, x - 1, y - 1);
            if (score[x, y] == score[x - 1, y - 1] + pair)
            {
                if (pair > 0) aligned++;
                x--;
                y--;
            }
            else if (score[x, y] == score[x - 1, y] - 1) x--;
            else y--;
        }
        return new Result(new TokenRange(x, bestI), new TokenRange(y, bestJ), aligned, best);
    }

    private static int PairScore(TokenList a, TokenList b, int i, int j)
    {
        if (a.Hashes[i] == b.Hashes[j]) return 2;
        return WordSimilarity.AreNear(a.FoldedOf(i), b.FoldedOf(j)) ? 1 : -1;
    }
}
