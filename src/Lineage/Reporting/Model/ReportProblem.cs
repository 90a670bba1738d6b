namespace Lineage.Reporting.Model;

/// <summary>An input that could not be read whole: the file, what went wrong, and whether it was left out.</summary>
public sealed record ReportProblem(string Path, string Message, bool Skipped);
