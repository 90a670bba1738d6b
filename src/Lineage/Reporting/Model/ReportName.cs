namespace Lineage.Reporting.Model;

/// <summary>One spelling of a name and where it is written.</summary>
public sealed record ReportNameVariant(string Text, IReadOnlyList<ReportOccurrence> Occurrences);

/// <summary>A name spelled more than one way or met in more than one document, with its spellings (the commonest first).</summary>
public sealed record ReportName(string Name, IReadOnlyList<ReportNameVariant> Variants);
