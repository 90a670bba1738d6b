namespace Lineage.Indexing;

/// <summary>Two documents by store key (A &lt; B; a document not stored yet has the key it will take) sharing <paramref name="SharedFingerprints"/> fingerprints.</summary>
public readonly record struct KeyPair(long A, long B, int SharedFingerprints);
