namespace Lineage.Storage;

/// <summary>
/// A document to add with its fingerprints (sorted, distinct) and its content terms (sorted,
/// distinct: <see cref="Candidates.ContentTerms"/>), both posted with it in one transaction.
/// </summary>
public sealed record IndexedDocument(StoredDocument Document, ulong[] Fingerprints, uint[] Terms);
