using Lineage.Alignment;

namespace Lineage.Storage;

/// <summary>Two stored documents (keys, A &lt; B) and the passages they share, A's spans first.</summary>
public sealed record StoredPair(long A, long B, PairAlignment Alignment);
