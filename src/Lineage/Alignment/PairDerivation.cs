namespace Lineage.Alignment;

/// <summary>
/// A pair's derivation and the evidence for it. <see cref="MatchedA"/> and <see cref="MatchedB"/>
/// are the share of each side's words inside a verbatim passage or in a sentence a rewritten
/// passage matched; <see cref="VerbatimA"/> and <see cref="VerbatimB"/> the share inside verbatim
/// passages alone. <see cref="Derived"/> is the side judged (the one more of which is matched):
/// <see cref="Score"/> is its matched share.
/// </summary>
public sealed record PairDerivation(DerivationKind Kind, double Score, PairSide Derived, double MatchedA, double MatchedB, double VerbatimA, double VerbatimB);

/// <summary>One side of a document pair.</summary>
public enum PairSide
{
    A,
    B,
}
