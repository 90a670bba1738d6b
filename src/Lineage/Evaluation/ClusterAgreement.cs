namespace Lineage.Evaluation;

/// <summary>
/// Agreement of two clusterings of the same items, each given as one cluster number per item,
/// computed from their contingency table in time linear in the items.
/// </summary>
public static class ClusterAgreement
{
    /// <summary>
    /// Adjusted Rand index (Hubert &amp; Arabie 1985) and B-cubed precision and recall (Bagga &amp;
    /// Baldwin 1998; as recommended for clustering by Amigó et al. 2009) of <paramref name="result"/>
    /// against <paramref name="gold"/>. Item <c>i</c> is in cluster <c>gold[i]</c> and <c>result[i]</c>.
    /// </summary>
    public static ClusterScore Score(ReadOnlySpan<int> gold, ReadOnlySpan<int> result)
    {
        if (gold.Length != result.Length) throw new ArgumentException($"the clusterings label {gold.Length} and {result.Length} items; they must label the same items.");
        var n = gold.Length;
        var goldSizes = new Dictionary<int, int>();
        var resultSizes = new Dictionary<int, int>();
        var cells = new Dictionary<(int Gold, int Result), int>();
        for (var i = 0; i < n; i++)
        {
            goldSizes[gold[i]] = goldSizes.GetValueOrDefault(gold[i]) + 1;
            resultSizes[result[i]] = resultSizes.GetValueOrDefault(result[i]) + 1;
            cells[(gold[i], result[i])] = cells.GetValueOrDefault((gold[i], result[i])) + 1;
        }

        // Pair counts: pairs together in both (index), together in gold, together in result.
        double index = 0, precision = 0, recall = 0;
        foreach (var (key, count) in cells)
        {
            index += Pairs(count);
            // Each of the cell's items finds `count` of its result cluster (and of its gold class) in the cell.
            precision += (double)count * count / resultSizes[key.Result];
            recall += (double)count * count / goldSizes[key.Gold];
        }
        double goldPairs = 0, resultPairs = 0;
        var largestGold = 0;
        var largestResult = 0;
        foreach (var size in goldSizes.Values) { goldPairs += Pairs(size); largestGold = Math.Max(largestGold, size); }
        foreach (var size in resultSizes.Values) { resultPairs += Pairs(size); largestResult = Math.Max(largestResult, size); }
        var together = Pairs(n);
        var expected = together == 0 ? 0 : goldPairs * resultPairs / together;
        var maximum = (goldPairs + resultPairs) / 2;
        // The denominator is zero only when both sides put every item alone, or every item in one
        // cluster: the clusterings are then identical.
        var ari = maximum == expected ? 1 : (index - expected) / (maximum - expected);
        return new ClusterScore(n, ari,
            n == 0 ? 1 : precision / n,
            n == 0 ? 1 : recall / n,
            goldSizes.Count, resultSizes.Count, largestGold, largestResult);
    }

    private static double Pairs(long count) => count * (count - 1) / 2.0;
}
