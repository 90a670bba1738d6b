namespace Lineage.Alignment;

/// <summary>How two documents are aligned once they are candidates.</summary>
public sealed record AlignmentOptions
{
    /// <summary>Words per anchor: word n-grams that occur once in each document (TextPAIR uses trigrams).</summary>
    public int AnchorNGram { get; init; } = 3;

    /// <summary>A chain of anchors is cut where they are more than this many words apart on either side.</summary>
    public int MaxGapWords { get; init; } = 60;

    /// <summary>Passages closer than this many words on both sides merge into one.</summary>
    public int MergeGapWords { get; init; } = 40;

    /// <summary>Passages with fewer aligned words are not reported.</summary>
    public int MinPassageWords { get; init; } = 12;

    /// <summary>
    /// Content words (not stop words of any language read) that must agree, identical or a typo
    /// apart, for a block to be a passage: a sentence shape shared through function words alone is
    /// not reuse (<see cref="PassageEvidence"/>). 0 turns the test off.
    /// </summary>
    public int MinCarryingWords { get; init; } = 4;

    /// <summary>Share of the longer side's content words that must agree for a block to be a passage; 0 turns the test off.</summary>
    public double MinCarryingShare { get; init; } = 0.5;

    /// <summary>
    /// Passages with fewer aligned words than this must be carried by prose, not names: their
    /// <see cref="MinCarryingWords"/> agreeing content words are counted outside name phrases
    /// (<see cref="PassageEvidence"/>), since independent reports of one event name the same people
    /// and bodies in the same words ("Michael Kuznetsov, a spokeswoman for the Supreme Court, said").
    /// 0 turns the test off.
    /// </summary>
    public int NameCheckedBelowWords { get; init; } = 24;

    /// <summary>Rounds of chain extraction: each round can find one more reordered block.</summary>
    public int MaxChainRounds { get; init; } = 16;

    public void Validate()
    {
        if (AnchorNGram is < 1 or > 16) throw new ArgumentException($"anchor n-gram size must be between 1 and 16 (got {AnchorNGram}).");
        if (MaxGapWords < 1) throw new ArgumentException($"max gap must be at least 1 word (got {MaxGapWords}).");
        if (MinCarryingWords < 0) throw new ArgumentException($"min carrying words must be 0 or more (got {MinCarryingWords}).");
        if (MinCarryingShare is < 0 or > 1) throw new ArgumentException($"min carrying share must be between 0 and 1 (got {MinCarryingShare}).");
        if (NameCheckedBelowWords < 0) throw new ArgumentException($"name-checked passage length must be 0 or more (got {NameCheckedBelowWords}).");
        if (MinPassageWords < 1) throw new ArgumentException($"min passage words must be at least 1 (got {MinPassageWords}).");
    }
}
