namespace Lineage.Clustering;

/// <summary>
/// Whether two wordings are one quote (MemeTracker's test, as <see cref="QuoteClusterer"/> uses
/// it): they share a run of <see cref="SharedRun"/> consecutive words (or the whole of the shorter
/// one), or differ by at most a quarter of the shorter one's words.
/// </summary>
internal static class QuoteWordings
{
    /// <summary>Consecutive words two wordings of one quote share, at least (or all of the shorter).</summary>
    public const int SharedRun = 10;

    /// <summary>Word edits two wordings of one quote may differ by: a quarter of the shorter one's words, at least one.</summary>
    public static int MaxEdits(int shorter) => Math.Max(1, shorter / 4);

    /// <summary>
    /// The fewest words, matched one for one, that two wordings of these lengths share when they are
    /// one quote: a shared run's words, or the longer one's less an edit each (an edit changes at
    /// most one word of it, and the words no edit touches are matched in order).
    /// </summary>
    public static int SharedWordsNeeded(int lengthA, int lengthB)
    {
        int shorter = Math.Min(lengthA, lengthB), longer = Math.Max(lengthA, lengthB);
        var byRun = Math.Min(SharedRun, shorter);
        var edits = MaxEdits(shorter);
        return longer - shorter > edits ? byRun : Math.Min(byRun, longer - edits);
    }

    /// <summary>Same quote: a long shared run, or the shorter wholly inside, or a word or two changed.</summary>
    internal static bool AreVariants<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y) where T : IEquatable<T> => AreVariants(x, y, tryRun: true, tryEdits: true);

    internal static bool AreVariants(string[] x, string[] y) => AreVariants<string>(x, y);

    /// <summary><see cref="AreVariants{T}(ReadOnlySpan{T}, ReadOnlySpan{T})"/> with either test left out when it is known to fail.</summary>
    internal static bool AreVariants<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y, bool tryRun, bool tryEdits) where T : IEquatable<T>
    {
        var shorter = Math.Min(x.Length, y.Length);
        if (shorter == 0 || !(tryRun || tryEdits)) return false;
        var edits = MaxEdits(shorter);
        Span<int> buffer = y.Length < 128 ? stackalloc int[2 * (y.Length + 1)] : new int[2 * (y.Length + 1)];
        if (tryRun && HasCommonRun(x, y, Math.Min(SharedRun, shorter), buffer)) return true;
        return tryEdits && Math.Abs(x.Length - y.Length) <= edits && WordEditDistanceAtMost(x, y, edits, buffer);
    }

    /// <summary>Whether x and y share a run of at least <paramref name="length"/> words; stops at the first.</summary>
    private static bool HasCommonRun<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y, int length, Span<int> buffer) where T : IEquatable<T>
    {
        var previous = buffer[..(y.Length + 1)];
        var current = buffer.Slice(y.Length + 1, y.Length + 1);
        previous.Clear();
        current.Clear();
        for (var i = 1; i <= x.Length; i++)
        {
            for (var j = 1; j <= y.Length; j++)
            {
                current[j] = x[i - 1].Equals(y[j - 1]) ? previous[j - 1] + 1 : 0;
                if (current[j] >= length) return true;
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return false;
    }

    /// <summary>
    /// Whether the word edit distance of x and y is at most <paramref name="limit"/>: only the band
    /// of cells within <paramref name="limit"/> of the diagonal can be (Ukkonen 1985), and a row whose
    /// every cell exceeds it ends the search.
    /// </summary>
    internal static bool WordEditDistanceAtMost<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y, int limit, Span<int> buffer) where T : IEquatable<T>
    {
        if (Math.Abs(x.Length - y.Length) > limit) return false;
        const int Far = int.MaxValue / 2;
        var previous = buffer[..(y.Length + 1)];
        var current = buffer.Slice(y.Length + 1, y.Length + 1);
        for (var j = 0; j <= y.Length; j++) previous[j] = j <= limit ? j : Far;
        for (var i = 1; i <= x.Length; i++)
        {
            int from = Math.Max(1, i - limit), to = Math.Min(y.Length, i + limit);
            current[from - 1] = from == 1 ? i : Far;
            var rowBest = current[from - 1];
            for (var j = from; j <= to; j++)
            {
                var cell = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (x[i - 1].Equals(y[j - 1]) ? 0 : 1));
                current[j] = cell;
                if (cell < rowBest) rowBest = cell;
            }
            if (to < y.Length) current[to + 1] = Far;
            if (rowBest > limit) return false;
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.Length] <= limit;
    }
}
