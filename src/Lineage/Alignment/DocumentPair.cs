namespace Lineage.Alignment;

/// <summary>Two documents (indexes into a run's documents, A &lt; B) and the text they share: what alignment makes of a candidate pair.</summary>
public sealed record DocumentPair(int A, int B, PairAlignment Alignment);
