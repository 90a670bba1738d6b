namespace Lineage.Alignment;

/// <summary>
/// Whether two folded words are the same word with a typo or an OCR error: equal, or one edit
/// apart (insertion, deletion, substitution or swap of neighbours) when both have at least five
/// chars, or two apart when both have at least nine. Shorter words must be equal: "the"/"she" differ.
/// </summary>
public static class WordSimilarity
{
    public static bool AreNear(ReadOnlySpan<char> x, ReadOnlySpan<char> y)
    {
        if (x.SequenceEqual(y)) return true;
        var shorter = Math.Min(x.Length, y.Length);
        if (shorter < 5) return false;
        var allowed = shorter >= 9 ? 2 : 1;
        if (Math.Abs(x.Length - y.Length) > allowed) return false;
        return BoundedDistance(x, y, allowed) <= allowed;
    }

    /// <summary>Optimal-string-alignment distance, abandoned once it must exceed <paramref name="bound"/>.</summary>
    public static int BoundedDistance(ReadOnlySpan<char> x, ReadOnlySpan<char> y, int bound)
    {
        var width = y.Length + 1;
        Span<int> previous2 = stackalloc int[width];
        Span<int> previous = stackalloc int[width];
        Span<int> current = stackalloc int[width];
        for (var j = 0; j < width; j++) previous[j] = j;
        for (var i = 1; i <= x.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= y.Length; j++)
            {
                var cost = x[i - 1] == y[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1])
                    best = Math.Min(best, previous2[j - 2] + 1);
                current[j] = best;
                rowMin = Math.Min(rowMin, best);
            }
            if (rowMin > bound) return bound + 1;
            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }
        return previous[y.Length];
    }
}
