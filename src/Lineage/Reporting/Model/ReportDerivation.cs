namespace Lineage.Reporting.Model;

/// <summary>
/// How much of a pair's derived side (<c>a</c> or <c>b</c>) comes from the other: <c>copy</c>,
/// <c>rewrite</c>, <c>partial</c> or <c>independent</c>, its score (the derived side's matched
/// share) and the evidence: each side's share matched (verbatim or reworded) and verbatim.
/// </summary>
public sealed record ReportDerivation(string Kind, double Score, string Derived, ReportCoverage Matched, ReportCoverage Verbatim);
