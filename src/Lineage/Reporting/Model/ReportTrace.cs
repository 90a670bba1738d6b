using System.Text.Json.Serialization;

namespace Lineage.Reporting.Model;

/// <summary>A difference inside a traced passage, its sides named for what they are: the traced document and the stored one.</summary>
public sealed record ReportTraceEdit(string Kind, ReportSpan Traced, ReportSpan Stored);

/// <summary>
/// A passage of a trace: the scan's passage (<see cref="ReportPassage"/>) with its sides named
/// <c>traced</c> and <c>stored</c>; a <c>verbatim</c> one with its identity, a <c>rewritten</c> one
/// with the similarity of its sides and its matched sentences.
/// </summary>
public sealed record ReportTracePassage(
    ReportSpan Traced,
    ReportSpan Stored,
    int Words,
    double? Identity,
    IReadOnlyList<ReportTraceEdit> Edits,
    string Kind,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Similarity = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ReportTraceSentencePair>? Sentences = null);

/// <summary>A sentence of the traced document matched with one of the stored document inside a rewritten passage (<see cref="ReportSentencePair"/>).</summary>
public sealed record ReportTraceSentencePair(ReportSpan Traced, ReportSpan Stored, double Similarity, bool Joined);

/// <summary>
/// How one side of a trace derives from the other (<see cref="ReportDerivation"/>, sides named):
/// <c>copy</c>, <c>rewrite</c>, <c>partial</c> or <c>independent</c>, its score, the side judged
/// (<c>traced</c> or <c>stored</c>) and the evidence, each side's share matched and verbatim.
/// </summary>
public sealed record ReportTraceDerivation(string Kind, double Score, string Derived, ReportTraceCoverage Matched, ReportTraceCoverage Verbatim);

/// <summary>The share of the traced and of the stored document inside the shared passages.</summary>
public readonly record struct ReportTraceCoverage(double Traced, double Stored);

/// <summary>
/// A stored document the traced one shares text with (passages of both kinds: words and coverage
/// count both), what it is to it (<c>source</c>, <c>copy</c>, <c>undetermined</c>, <c>passage</c>)
/// and why, and its derivation when rewrites were looked for.
/// </summary>
public sealed record ReportTraceMatch(
    ReportDocument Stored,
    DateTimeOffset Added,
    int SharedWords,
    ReportTraceCoverage Coverage,
    string Role,
    ReportProvenanceEdge Provenance,
    IReadOnlyList<ReportTracePassage> Passages,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ReportTraceDerivation? Derivation = null);

/// <summary>The stored document the traced text most likely came from, the share of the traced document it covers, and whether the direction is settled.</summary>
public sealed record ReportTraceSource(string Id, double Coverage, bool Determined);

/// <summary>One document traced against a store.</summary>
public sealed record ReportTrace(
    ReportDocument Document,
    string? StoredAs,
    int Candidates,
    ReportTraceSource? Source,
    IReadOnlyList<ReportTraceMatch> Matches,
    IReadOnlyList<ReportProvenanceEdge> Provenance);
