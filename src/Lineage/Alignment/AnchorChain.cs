namespace Lineage.Alignment;

/// <summary>
/// Chains of anchors that run in the same order in both documents: the longest increasing
/// subsequence of B positions over anchors sorted by A position (O(m log m)), cut where
/// consecutive anchors are more than max-gap words apart. Repeated on the anchors left over, so
/// paragraphs that a copy moved around form chains of their own.
/// </summary>
public static class AnchorChain
{
    public static List<Anchor[]> Extract(Anchor[] anchors, int maxGap, int maxRounds, int minAnchors = 2)
    {
        var chains = new List<Anchor[]>();
        var remaining = anchors;
        for (var round = 0; round < maxRounds && remaining.Length >= minAnchors; round++)
        {
            var chain = LongestIncreasing(remaining);
            if (chain.Length < minAnchors) break;
            SplitAtGaps(chain, maxGap, minAnchors, chains);
            remaining = Without(remaining, chain);
        }
        return chains;
    }

    /// <summary>Longest subsequence (anchors sorted by A) with strictly increasing B.</summary>
    internal static Anchor[] LongestIncreasing(ReadOnlySpan<Anchor> anchors)
    {
        var tails = new int[anchors.Length];      // index of the anchor ending the best run of each length
        var previous = new int[anchors.Length];
        var length = 0;
        for (var i = 0; i < anchors.Length; i++)
        {
            int lo = 0, hi = length;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (anchors[tails[mid]].B < anchors[i].B) lo = mid + 1;
                else hi = mid;
            }
            previous[i] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = i;
            if (lo == length) length++;
        }
        var chain = new Anchor[length];
        for (int k = length - 1, i = length > 0 ? tails[length - 1] : -1; k >= 0; k--, i = previous[i]) chain[k] = anchors[i];
        return chain;
    }

    private static void SplitAtGaps(Anchor[] chain, int maxGap, int minAnchors, List<Anchor[]> chains)
    {
        var start = 0;
        for (var i = 1; i <= chain.Length; i++)
        {
            if (i < chain.Length && chain[i].A - chain[i - 1].A <= maxGap && chain[i].B - chain[i - 1].B <= maxGap) continue;
            if (i - start >= minAnchors) chains.Add(chain[start..i]);
            start = i;
        }
    }

    private static Anchor[] Without(Anchor[] anchors, Anchor[] used)
    {
        var usedA = new HashSet<int>(used.Length);
        foreach (var u in used) usedA.Add(u.A);
        var rest = new List<Anchor>(anchors.Length - used.Length);
        foreach (var anchor in anchors)
            if (!usedA.Contains(anchor.A)) rest.Add(anchor);
        return rest.ToArray();
    }
}
