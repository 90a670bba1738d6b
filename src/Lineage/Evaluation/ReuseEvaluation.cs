namespace Lineage.Evaluation;

/// <summary>
/// A reuse benchmark scored: each case's scores; the ROC AUC of derived against independent texts
/// for the verbatim share alone and for the matched share; mean scores per gold category; and the
/// confusion matrices of <see cref="DerivationThresholds"/> (gold row, predicted column, in
/// <see cref="CloughStevensonSet.Categories"/> order), verbatim alone and with matched sentences.
/// </summary>
public sealed record ReuseEvaluation(
    IReadOnlyList<ReuseCaseScore> Cases,
    double VerbatimAuc,
    double MatchedAuc,
    IReadOnlyList<ReuseCategoryMeans> Means,
    int[,] VerbatimConfusion,
    int[,] MatchedConfusion)
{
    public static ReuseEvaluation Of(IReadOnlyList<ReuseCaseScore> cases)
    {
        var derived = new bool[cases.Count];
        var verbatim = new double[cases.Count];
        var matched = new double[cases.Count];
        var categories = CloughStevensonSet.Categories;
        var verbatimConfusion = new int[categories.Count, categories.Count];
        var matchedConfusion = new int[categories.Count, categories.Count];
        for (var k = 0; k < cases.Count; k++)
        {
            var c = cases[k];
            derived[k] = c.Case.Derived;
            verbatim[k] = c.Verbatim;
            matched[k] = c.Matched;
            var gold = IndexOf(categories, c.Case.Category);
            verbatimConfusion[gold, IndexOf(categories, DerivationThresholds.ClassifyVerbatim(c.Verbatim))]++;
            matchedConfusion[gold, IndexOf(categories, DerivationThresholds.Classify(c.Verbatim, c.Matched))]++;
        }
        var means = new List<ReuseCategoryMeans>(categories.Count);
        foreach (var category in categories)
        {
            int n = 0;
            double v = 0, m = 0;
            foreach (var c in cases)
            {
                if (c.Case.Category != category) continue;
                n++;
                v += c.Verbatim;
                m += c.Matched;
            }
            means.Add(n == 0 ? new ReuseCategoryMeans(category, 0, 0, 0) : new ReuseCategoryMeans(category, n, v / n, m / n));
        }
        return new ReuseEvaluation(cases, RocAuc.Of(verbatim, derived), RocAuc.Of(matched, derived), means, verbatimConfusion, matchedConfusion);
    }

    /// <summary>Share of cases whose predicted category is the gold one.</summary>
    public static double Accuracy(int[,] confusion)
    {
        int right = 0, all = 0;
        for (var g = 0; g < confusion.GetLength(0); g++)
            for (var p = 0; p < confusion.GetLength(1); p++)
            {
                all += confusion[g, p];
                if (g == p) right += confusion[g, p];
            }
        return all == 0 ? 0 : (double)right / all;
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var k = 0; k < list.Count; k++)
            if (list[k] == value) return k;
        throw new ArgumentException($"unknown category '{value}'");
    }
}
