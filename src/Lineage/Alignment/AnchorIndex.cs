using Lineage.Fingerprints;
using Lineage.Text;

namespace Lineage.Alignment;

/// <summary>
/// One document's word n-grams that occur exactly once in it, sorted by hash, ready to be
/// joined with another document's to find anchors. Built once per document and reused for every
/// pair it is in; its buffers are reused when it is rebuilt for another document.
/// </summary>
public sealed class AnchorIndex
{
    private ulong[] hashes = [];
    private int[] positions = [];

    public int Count { get; private set; }

    public int NGram { get; private set; }

    internal ReadOnlySpan<ulong> Hashes => hashes.AsSpan(0, Count);

    internal ReadOnlySpan<int> Positions => positions.AsSpan(0, Count);

    public static AnchorIndex Of(TokenList tokens, int n)
    {
        var index = new AnchorIndex();
        index.Build(tokens, n);
        return index;
    }

    public void Build(TokenList tokens, int n)
    {
        NGram = n;
        var count = ShingleHasher.Count(tokens.Count, n);
        if (hashes.Length < count)
        {
            hashes = new ulong[Math.Max(count, hashes.Length * 2)];
            positions = new int[hashes.Length];
        }
        var h = hashes.AsSpan(0, count);
        var p = positions.AsSpan(0, count);
        ShingleHasher.Hash(tokens.Hashes, n, h);
        for (var i = 0; i < p.Length; i++) p[i] = i;
        h.Sort(p);
        var kept = 0;
        var i0 = 0;
        while (i0 < h.Length)
        {
            var j = i0 + 1;
            while (j < h.Length && h[j] == h[i0]) j++;
            if (j - i0 == 1)
            {
                h[kept] = h[i0];
                p[kept] = p[i0];
                kept++;
            }
            i0 = j;
        }
        Count = kept;
    }
}
