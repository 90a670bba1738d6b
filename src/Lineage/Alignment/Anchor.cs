namespace Lineage.Alignment;

/// <summary>A word n-gram that occurs once in A (at word <paramref name="A"/>) and once in B (at <paramref name="B"/>).</summary>
public readonly record struct Anchor(int A, int B);
