namespace Lineage.Evaluation;

/// <summary>
/// Fixed thresholds that turn a text's scores against its source into one of the four
/// categories of Clough &amp; Stevenson 2011. Set by hand from what each category means, not
/// fitted: a near copy is mostly verbatim; a light revision keeps much verbatim text; a heavy
/// revision keeps the source's sentences reworded; anything less is independent.
/// </summary>
public static class DerivationThresholds
{
    /// <summary>Share of the text in verbatim passages from which it is a near copy.</summary>
    public const double Cut = 0.8;

    /// <summary>Share of the text in verbatim passages from which it is a light revision.</summary>
    public const double Light = 0.4;

    /// <summary>Share of the text matched (verbatim or in matched sentences) from which it is a heavy revision.</summary>
    public const double Heavy = 0.4;

    public static string Classify(double verbatim, double matched) =>
        verbatim >= Cut ? "cut"
        : verbatim >= Light ? "light"
        : matched >= Heavy ? "heavy"
        : CloughStevensonSet.NonPlagiarised;

    /// <summary>The same categories from verbatim evidence alone: what the verbatim aligner can tell.</summary>
    public static string ClassifyVerbatim(double verbatim) => Classify(verbatim, verbatim);
}
