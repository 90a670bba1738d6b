namespace Lineage.Alignment;

/// <summary>
/// What sentence alignment adds to a pair: the rewritten passages outside its verbatim ones (none
/// when the pair is independent: what matched is what reports of one event share), the pair's
/// derivation, and the share of each side inside a passage of either kind (a rewritten passage
/// counting the words of its matched sentences) with the words of both kinds together.
/// </summary>
public sealed record RewrittenReuse(IReadOnlyList<RewordedPassage> Passages, PairDerivation Derivation, double CoverageA, double CoverageB, int SharedWords)
{
    /// <summary>
    /// A pair aligned verbatim over most of both sides, judged without sentence alignment: its
    /// matched shares are its verbatim coverage.
    /// </summary>
    public static RewrittenReuse OfVerbatim(PairAlignment alignment, DerivationOptions options) => new(
        [], DerivationClassifier.Classify(alignment.CoverageA, alignment.CoverageB, alignment.CoverageA, alignment.CoverageB, alignment.SharedWords, options),
        alignment.CoverageA, alignment.CoverageB, alignment.SharedWords);
}
