namespace Lineage.Storage;

/// <summary>A document to add with its fingerprints (sorted, distinct), posted with it in one transaction.</summary>
public sealed record IndexedDocument(StoredDocument Document, ulong[] Fingerprints);
