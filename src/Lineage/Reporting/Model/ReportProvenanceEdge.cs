namespace Lineage.Reporting.Model;

/// <summary>One reason behind a provenance edge: its kind, in words, and how far it points from <c>from</c> to <c>to</c> (rounded).</summary>
public sealed record ReportEvidence(string Kind, string Detail, double Weight);

/// <summary>
/// Who copied whom: from a document id (or a source outside the corpus, <see cref="External"/>) to
/// a document id, with a rounded confidence; <see cref="Undetermined"/> when the evidence does not
/// settle the direction.
/// </summary>
public sealed record ReportProvenanceEdge(string From, string To, bool External, double Confidence, bool Undetermined, IReadOnlyList<ReportEvidence> Evidence);
