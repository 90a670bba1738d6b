namespace Lineage.Candidates;

/// <summary>Two documents (indexes, A &lt; B) that share <paramref name="SharedFingerprints"/> fingerprints.</summary>
public readonly record struct CandidatePair(int A, int B, int SharedFingerprints);
