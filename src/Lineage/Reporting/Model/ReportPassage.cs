namespace Lineage.Reporting.Model;

/// <summary>A difference inside a passage: <c>typo</c>, <c>substitution</c>, <c>onlyInA</c> or <c>onlyInB</c> (an empty span marks where the missing words would go).</summary>
public sealed record ReportEdit(string Kind, ReportSpan A, ReportSpan B);

/// <summary>One aligned passage of a pair: its span in each document, the aligned words, the share of them identical, and its edits.</summary>
public sealed record ReportPassage(ReportSpan A, ReportSpan B, int Words, double Identity, IReadOnlyList<ReportEdit> Edits);
