namespace Lineage.Evaluation;

/// <summary>
/// Area under the ROC curve of a score separating positives from negatives: the probability that
/// a random positive scores above a random negative, ties counting half (the Mann–Whitney U
/// statistic over the product of the class sizes). 0.5 is chance, 1 a perfect separation.
/// </summary>
public static class RocAuc
{
    /// <summary>The AUC, or NaN when either class is empty.</summary>
    public static double Of(IReadOnlyList<double> scores, IReadOnlyList<bool> positive)
    {
        if (scores.Count != positive.Count) throw new ArgumentException("One label per score is needed.");
        var order = new int[scores.Count];
        for (var k = 0; k < order.Length; k++) order[k] = k;
        Array.Sort(order, (x, y) => scores[x].CompareTo(scores[y]));
        // Ranks from 1, tied scores sharing their mean rank.
        double positiveRankSum = 0;
        long positives = 0;
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && scores[order[end + 1]] == scores[order[start]]) end++;
            var meanRank = (start + end) / 2.0 + 1;
            for (var k = start; k <= end; k++)
                if (positive[order[k]])
                {
                    positiveRankSum += meanRank;
                    positives++;
                }
            start = end + 1;
        }
        var negatives = scores.Count - positives;
        if (positives == 0 || negatives == 0) return double.NaN;
        return (positiveRankSum - positives * (positives + 1) / 2.0) / (positives * (double)negatives);
    }
}
