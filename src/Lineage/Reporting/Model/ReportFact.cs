namespace Lineage.Reporting.Model;

/// <summary>
/// A number one document states: its span, its words, the value, the qualifier ("more than",
/// null when none) and the claim they make together ("more than 100").
/// </summary>
public sealed record ReportFactMention(string Doc, int Start, int Length, string Text, double Value, string? Qualifier, string Claim);

/// <summary>What the documents of a story say about one subject, and whether they disagree.</summary>
public sealed record ReportFact(int Story, string Subject, bool Disagree, IReadOnlyList<ReportFactMention> Mentions);
