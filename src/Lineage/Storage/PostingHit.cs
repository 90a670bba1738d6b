namespace Lineage.Storage;

/// <summary>One posting found by a probe: a stored document holding a fingerprint.</summary>
public readonly record struct PostingHit(ulong Hash, long Document);
