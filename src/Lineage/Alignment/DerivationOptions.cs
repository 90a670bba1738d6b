namespace Lineage.Alignment;

/// <summary>
/// Where a pair's derivation changes, as shares of the derived side's words (set from what each
/// category means, as <c>Evaluation.DerivationThresholds</c> are for Clough &amp; Stevenson's
/// categories, not fitted to a corpus).
/// </summary>
public sealed record DerivationOptions
{
    /// <summary>Matched share from which a side is wholly derived (the rest: a lede added, a paragraph of its own).</summary>
    public double Whole { get; init; } = 0.7;

    /// <summary>Verbatim share from which wholly derived text is a copy rather than a rewrite.</summary>
    public double Copy { get; init; } = 0.7;

    /// <summary>
    /// Matched share from which a side is partly derived. Below it, what two texts share is what
    /// independent reports of one event share: a name with its title, a figure, a quotation.
    /// </summary>
    public double Partial { get; init; } = 0.25;

    /// <summary>
    /// Verbatim words from which a pair is partly derived whatever their share: a paragraph or
    /// more quoted inside another article. Shorter shared text (a quotation, a name with its
    /// title) is what independent reports share; the scan's name rule draws the line at the same length.
    /// </summary>
    public int PartialWords { get; init; } = 24;

    public void Validate()
    {
        if (Whole is <= 0 or > 1) throw new ArgumentException($"whole share must be above 0 and at most 1 (got {Whole}).");
        if (Copy is <= 0 or > 1) throw new ArgumentException($"copy share must be above 0 and at most 1 (got {Copy}).");
        if (PartialWords < 1) throw new ArgumentException($"partial words must be 1 or more (got {PartialWords}).");
        if (Partial is <= 0 || Partial > Whole) throw new ArgumentException($"partial share must be above 0 and at most the whole share {Whole} (got {Partial}).");
    }
}
