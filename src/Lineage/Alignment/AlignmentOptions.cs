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

    /// <summary>Rounds of chain extraction: each round can find one more reordered block.</summary>
    public int MaxChainRounds { get; init; } = 16;

    public void Validate()
    {
        if (AnchorNGram is < 1 or > 16) throw new ArgumentException($"anchor n-gram size must be between 1 and 16 (got {AnchorNGram}).");
        if (MaxGapWords < 1) throw new ArgumentException($"max gap must be at least 1 word (got {MaxGapWords}).");
        if (MinPassageWords < 1) throw new ArgumentException($"min passage words must be at least 1 (got {MinPassageWords}).");
    }
}
