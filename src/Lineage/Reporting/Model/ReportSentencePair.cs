namespace Lineage.Reporting.Model;

/// <summary>A sentence of A matched with one of B inside a rewritten passage, with their cosine; <c>joined</c> when it matched only with a neighbour (a split or merged sentence).</summary>
public sealed record ReportSentencePair(ReportSpan A, ReportSpan B, double Similarity, bool Joined);
