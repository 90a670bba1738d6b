namespace Lineage.Reporting.Model;

/// <summary>A span of one document (by id): a reuse cluster's member or a name as written.</summary>
public readonly record struct ReportOccurrence(string Doc, int Start, int Length);
