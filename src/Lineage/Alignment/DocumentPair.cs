namespace Lineage.Alignment;

/// <summary>
/// Two documents (indexes into a run's documents, A &lt; B) and the text they share: what
/// alignment makes of a candidate pair. <see cref="Alignment"/> holds the verbatim passages (what
/// duplicate groups, reuse clusters and provenance read); <see cref="Rewritten"/>, once the
/// rewrite stage has run, the rewritten passages beside them and the pair's derivation.
/// </summary>
public sealed record DocumentPair(int A, int B, PairAlignment Alignment)
{
    public RewrittenReuse? Rewritten { get; init; }

    /// <summary>Words of both kinds of passage: what orders a scan's pairs.</summary>
    public int SharedWords => Rewritten?.SharedWords ?? Alignment.SharedWords;
}
