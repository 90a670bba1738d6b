namespace Lineage.Storage;

/// <summary>One term posting found by a probe: a stored document holding a content term (<see cref="Candidates.ContentTerms"/>).</summary>
public readonly record struct TermHit(uint Term, long Document);
