namespace Lineage.Evaluation;

/// <summary>
/// How well a clustering of documents agrees with a gold clustering of the same documents:
/// adjusted Rand index (1 identical, about 0 for chance agreement, negative below chance),
/// B-cubed precision, recall and F1, and the number and largest size of clusters on each side.
/// </summary>
public sealed record ClusterScore(
    int Documents,
    double AdjustedRandIndex,
    double BCubedPrecision,
    double BCubedRecall,
    int GoldClusters,
    int ResultClusters,
    int LargestGoldCluster,
    int LargestResultCluster)
{
    public double BCubedF1 => BCubedPrecision + BCubedRecall == 0 ? 0 : 2 * BCubedPrecision * BCubedRecall / (BCubedPrecision + BCubedRecall);
}
