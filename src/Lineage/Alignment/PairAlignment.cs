namespace Lineage.Alignment;

/// <summary>Everything two documents share: passages in A order, and how much of each side they cover.</summary>
public sealed record PairAlignment(IReadOnlyList<Passage> Passages, double CoverageA, double CoverageB)
{
    public static readonly PairAlignment None = new([], 0, 0);

    /// <summary>The passages of two documents of <paramref name="wordsA"/> and <paramref name="wordsB"/> words, with their coverage.</summary>
    public static PairAlignment Of(IReadOnlyList<Passage> passages, int wordsA, int wordsB) =>
        passages.Count == 0 ? None : new(passages, Coverage(passages, wordsA, sideA: true), Coverage(passages, wordsB, sideA: false));

    /// <summary>The share of a side's words inside at least one passage.</summary>
    private static double Coverage(IReadOnlyList<Passage> passages, int words, bool sideA)
    {
        if (words == 0) return 0;
        var ranges = new List<TokenRange>(passages.Count);
        foreach (var p in passages) ranges.Add(sideA ? p.WordsA : p.WordsB);
        ranges.Sort(static (x, y) => x.Start.CompareTo(y.Start));
        int covered = 0, end = 0;
        foreach (var r in ranges)
        {
            var start = Math.Max(r.Start, end);
            if (r.End > start) covered += r.End - start;
            end = Math.Max(end, r.End);
        }
        return (double)covered / words;
    }

    /// <summary>Aligned words over all passages.</summary>
    public int SharedWords
    {
        get
        {
            var total = 0;
            foreach (var p in Passages) total += p.AlignedWords;
            return total;
        }
    }
}
