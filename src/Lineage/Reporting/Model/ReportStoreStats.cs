using System.Text.Json.Serialization;

namespace Lineage.Reporting.Model;

/// <summary>The fingerprint settings a store was built with.</summary>
public sealed record ReportFingerprints([property: JsonPropertyName("ngram")] int NGram, int Window, bool WholeText);

/// <summary>What <c>lineage index stats</c> reports: where the store is, what it holds and how large it is.</summary>
public sealed record ReportStoreStats(
    string Store,
    string Backend,
    int SchemaVersion,
    long Documents,
    long Pairs,
    long Passages,
    long Postings,
    long TermPostings,
    long TextChars,
    long Bytes,
    ReportFingerprints Fingerprints);
