namespace Lineage.Storage;

/// <summary>How much a store holds.</summary>
public sealed record StoreStats(
    string Location,
    string Backend,
    int SchemaVersion,
    StoreSettings Settings,
    long Documents,
    long Pairs,
    long Passages,
    long Postings,
    long TermPostings,
    long TextChars,
    long Bytes);
