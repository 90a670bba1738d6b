namespace Lineage.Reporting.Model;

/// <summary>Reused text connected across documents, one span per document.</summary>
public sealed record ReportCluster(int Id, IReadOnlyList<ReportOccurrence> Members);
