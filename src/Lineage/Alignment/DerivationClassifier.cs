namespace Lineage.Alignment;

/// <summary>
/// A pair's derivation from the shares of each side that are matched (verbatim or reworded) and
/// verbatim. The side more of which is matched is the derived one (a newspaper's rewrite keeps
/// less than the agency wrote, so most of it is the agency's): wholly derived from
/// <see cref="DerivationOptions.Whole"/> on, a copy when its verbatim share also reaches
/// <see cref="DerivationOptions.Copy"/>, else a rewrite; partly derived from
/// <see cref="DerivationOptions.Partial"/> or with <see cref="DerivationOptions.PartialWords"/>
/// verbatim words; independent below.
/// </summary>
public static class DerivationClassifier
{
    public static PairDerivation Classify(double matchedA, double matchedB, double verbatimA, double verbatimB, int verbatimWords, DerivationOptions options)
    {
        matchedA = Math.Clamp(Math.Max(matchedA, verbatimA), 0, 1);
        matchedB = Math.Clamp(Math.Max(matchedB, verbatimB), 0, 1);
        verbatimA = Math.Clamp(verbatimA, 0, 1);
        verbatimB = Math.Clamp(verbatimB, 0, 1);
        var side = matchedB > matchedA ? PairSide.B : PairSide.A;
        var matched = side == PairSide.A ? matchedA : matchedB;
        var verbatim = side == PairSide.A ? verbatimA : verbatimB;
        var kind = matched >= options.Whole ? (verbatim >= options.Copy ? DerivationKind.Copy : DerivationKind.Rewrite)
            : matched >= options.Partial || verbatimWords >= options.PartialWords ? DerivationKind.Partial
            : DerivationKind.Independent;
        return new PairDerivation(kind, matched, side, matchedA, matchedB, verbatimA, verbatimB);
    }
}
