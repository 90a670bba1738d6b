namespace Lineage.Alignment;

/// <summary>
/// How two documents' sentences are matched when one may be a rewording of the other. Thresholds
/// after Sanchez-Perez, Sidorov &amp; Gelbukh 2014 (PAN text alignment), which keeps cosine and
/// Dice around 0.33 for seeds and checks each extended passage as a whole against a threshold of
/// the same order. The switches turn single rules of near-equal words off, to measure or test each alone.
/// </summary>
public sealed record SentenceAlignmentOptions
{
    /// <summary>Least cosine of two sentences' tf-isf vectors for a seed.</summary>
    public double MinCosine { get; init; } = 0.33;

    /// <summary>Least Dice coefficient of two sentences' term sets for a seed.</summary>
    public double MinDice { get; init; } = 0.33;

    /// <summary>Least cosine of a passage's two sides taken whole; a passage under it is cut at smaller gaps.</summary>
    public double MinPassageCosine { get; init; } = 0.34;

    /// <summary>Unmatched sentences allowed between two matched ones of a passage, on each side.</summary>
    public int MaxGapSentences { get; init; } = 2;

    /// <summary>Passages with fewer words on either side are not reported.</summary>
    public int MinPassageWords { get; init; } = 8;

    /// <summary>A stop word's weight is multiplied by this: kept, as a sentence's shape, but worth less than content.</summary>
    public double StopWordWeight { get; init; } = 0.5;

    /// <summary>Digits and number words of English and French ("9", "nine", "neuf") are one term.</summary>
    public bool NumberWords { get; init; } = true;

    /// <summary>Words with a common prefix of at least five chars and short endings ("governs", "governed") are one term.</summary>
    public bool SharedStems { get; init; } = true;

    /// <summary>Capitalised words whose character bigrams have a Dice of at least 0.7 ("Gaddafi", "Qaddafi") are one term.</summary>
    public bool Respellings { get; init; } = true;

    /// <summary>A sentence may match two adjacent sentences of the other side taken together (a split or a merge).</summary>
    public bool SplitsAndMerges { get; init; } = true;

    public void Validate()
    {
        if (MinCosine is < 0 or > 1) throw new ArgumentException($"min cosine must be between 0 and 1 (got {MinCosine}).");
        if (MinDice is < 0 or > 1) throw new ArgumentException($"min Dice must be between 0 and 1 (got {MinDice}).");
        if (MinPassageCosine is < 0 or > 1) throw new ArgumentException($"min passage cosine must be between 0 and 1 (got {MinPassageCosine}).");
        if (MaxGapSentences < 0) throw new ArgumentException($"max gap must be 0 or more sentences (got {MaxGapSentences}).");
        if (MinPassageWords < 1) throw new ArgumentException($"min passage words must be at least 1 (got {MinPassageWords}).");
        if (StopWordWeight is < 0 or > 1) throw new ArgumentException($"stop word weight must be between 0 and 1 (got {StopWordWeight}).");
    }
}
