namespace Lineage.Reporting.Model;

/// <summary>Two or more documents (by id) that are copies of one another, and the one <c>--dedup</c> keeps.</summary>
public sealed record ReportDuplicateGroup(int Id, string Representative, IReadOnlyList<string> Documents);
