using Lineage.Alignment;

namespace Lineage.Scanning;

/// <summary>Two documents (indexes into the scan's documents, A &lt; B) and the text they share.</summary>
public sealed record DocumentPair(int A, int B, PairAlignment Alignment);
