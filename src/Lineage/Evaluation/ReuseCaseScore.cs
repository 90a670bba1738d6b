namespace Lineage.Evaluation;

/// <summary>
/// How derived a labelled text looks against its source: the share of its words inside verbatim
/// passages (<see cref="Alignment.PairAligner"/>), the share of its words in sentences matched by
/// rewritten passages (<see cref="Alignment.SentenceAligner"/>), and the two combined.
/// </summary>
public sealed record ReuseCaseScore(ReuseCase Case, double Verbatim, double Rewritten)
{
    /// <summary>The larger of the two: a text is as derived as the stronger evidence says.</summary>
    public double Combined => Math.Max(Verbatim, Rewritten);
}
