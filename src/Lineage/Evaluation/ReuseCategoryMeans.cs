namespace Lineage.Evaluation;

/// <summary>The mean scores of the cases of one gold category.</summary>
public sealed record ReuseCategoryMeans(string Category, int Count, double Verbatim, double Matched);
