namespace Lineage.Reporting.Model;

/// <summary>A difference inside a traced passage, its sides named for what they are: the traced document and the stored one.</summary>
public sealed record ReportTraceEdit(string Kind, ReportSpan Traced, ReportSpan Stored);

/// <summary>A passage of a trace: the scan's passage with its sides named <c>traced</c> and <c>stored</c>.</summary>
public sealed record ReportTracePassage(ReportSpan Traced, ReportSpan Stored, int Words, double Identity, IReadOnlyList<ReportTraceEdit> Edits);

/// <summary>The share of the traced and of the stored document inside the shared passages.</summary>
public readonly record struct ReportTraceCoverage(double Traced, double Stored);

/// <summary>A stored document the traced one shares text with, what it is to it (<c>source</c>, <c>copy</c>, <c>undetermined</c>, <c>passage</c>) and why.</summary>
public sealed record ReportTraceMatch(
    ReportDocument Stored,
    DateTimeOffset Added,
    int SharedWords,
    ReportTraceCoverage Coverage,
    string Role,
    ReportProvenanceEdge Provenance,
    IReadOnlyList<ReportTracePassage> Passages);

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
