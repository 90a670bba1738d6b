using System.Buffers;
using Lineage.Fingerprints;
using Lineage.Text;

namespace Lineage.Alignment;

/// <summary>
/// Anchors of a document pair: word n-grams that occur exactly once in each document, as passim
/// uses (unique n-grams are the reliable ones). Found by sorting each side's n-gram hashes and
/// merging, so the cost is O(n log n) in the documents' lengths with pooled buffers.
/// </summary>
public static class AnchorFinder
{
    public static Anchor[] Find(TokenList a, TokenList b, int n)
    {
        var countA = ShingleHasher.Count(a.Count, n);
        var countB = ShingleHasher.Count(b.Count, n);
        if (countA == 0 || countB == 0) return [];
        var hashesA = ArrayPool<ulong>.Shared.Rent(countA);
        var positionsA = ArrayPool<int>.Shared.Rent(countA);
        var hashesB = ArrayPool<ulong>.Shared.Rent(countB);
        var positionsB = ArrayPool<int>.Shared.Rent(countB);
        try
        {
            var uniqueA = UniqueShingles(a, n, hashesA.AsSpan(0, countA), positionsA.AsSpan(0, countA));
            var uniqueB = UniqueShingles(b, n, hashesB.AsSpan(0, countB), positionsB.AsSpan(0, countB));
            var anchors = Join(hashesA.AsSpan(0, uniqueA), positionsA.AsSpan(0, uniqueA), hashesB.AsSpan(0, uniqueB), positionsB.AsSpan(0, uniqueB));
            Array.Sort(anchors, static (x, y) => x.A.CompareTo(y.A));
            return anchors;
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(hashesA);
            ArrayPool<int>.Shared.Return(positionsA);
            ArrayPool<ulong>.Shared.Return(hashesB);
            ArrayPool<int>.Shared.Return(positionsB);
        }
    }

    /// <summary>Fills the buffers with the n-grams that occur once, sorted by hash; returns how many.</summary>
    private static int UniqueShingles(TokenList tokens, int n, Span<ulong> hashes, Span<int> positions)
    {
        ShingleHasher.Hash(tokens.Hashes, n, hashes);
        for (var i = 0; i < positions.Length; i++) positions[i] = i;
        hashes.Sort(positions);
        var kept = 0;
        var i0 = 0;
        while (i0 < hashes.Length)
        {
            var j = i0 + 1;
            while (j < hashes.Length && hashes[j] == hashes[i0]) j++;
            if (j - i0 == 1)
            {
                hashes[kept] = hashes[i0];
                positions[kept] = positions[i0];
                kept++;
            }
            i0 = j;
        }
        return kept;
    }

    private static Anchor[] Join(ReadOnlySpan<ulong> hashesA, ReadOnlySpan<int> positionsA, ReadOnlySpan<ulong> hashesB, ReadOnlySpan<int> positionsB)
    {
        var anchors = new List<Anchor>();
        int i = 0, j = 0;
        while (i < hashesA.Length && j < hashesB.Length)
        {
            if (hashesA[i] < hashesB[j]) i++;
            else if (hashesA[i] > hashesB[j]) j++;
            else anchors.Add(new Anchor(positionsA[i++], positionsB[j++]));
        }
        return anchors.ToArray();
    }
}
