namespace Lineage.Evaluation;

/// <summary>Mean precision and recall of a set of pages, F1 of those means, and how many pages were scored.</summary>
public sealed record ExtractionScore(double Precision, double Recall, double F1, int Pages);
