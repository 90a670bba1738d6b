using Lineage.Alignment;

namespace Lineage.Evaluation;

/// <summary>
/// How derived a labelled text looks against its source, as <c>compare</c> judges the pair
/// (<see cref="Pipeline.Scanner.Compare"/>): the share of the text's words inside verbatim passages,
/// and the share matched, verbatim or in a sentence of a rewritten passage that the pipeline keeps
/// (<see cref="RewriteFinder"/>), with the pair's derivation.
/// </summary>
public sealed record ReuseCaseScore(ReuseCase Case, double Verbatim, double Matched, DerivationKind Derivation);
