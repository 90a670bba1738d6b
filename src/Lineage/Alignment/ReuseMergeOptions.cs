namespace Lineage.Alignment;

/// <summary>How the verbatim and rewritten passages of one pair are joined into the passages reported.</summary>
public sealed record ReuseMergeOptions
{
    /// <summary>Passages closer than this many words on both sides are one passage (granularity, PAN's measure of fragmented detections).</summary>
    public int MergeGapWords { get; init; } = 80;

    /// <summary>Share of each side's words that verbatim passages must cover for a joined passage to be <see cref="ReuseKind.Verbatim"/>.</summary>
    public double MinVerbatimShare { get; init; } = 0.8;

    /// <summary>
    /// Rewritten evidence (sentence pairs no verbatim passage holds) needs at least this many
    /// matched sentences on each side: a sentence or two sharing words with the other text are as
    /// often two writers on one topic as a rewrite, while reuse carries on from sentence to sentence.
    /// </summary>
    public int MinRewrittenSentences { get; init; } = 3;

    /// <summary>Fewer matched sentences, down to this many, are enough when they match closely (<see cref="CloseCosine"/>).</summary>
    public int MinCloseSentences { get; init; } = 2;

    /// <summary>
    /// Mean cosine of the sentence pairs that makes <see cref="MinCloseSentences"/> enough: sentences
    /// that share most of their words, reordered or lightly changed, are not a shared topic.
    /// </summary>
    public double CloseCosine { get; init; } = 0.7;

    /// <summary>
    /// A passage with no verbatim part needs at least this many words on each side (the length
    /// filter of Sanchez-Perez et al. 2014, 150 chars there).
    /// </summary>
    public int MinRewrittenWords { get; init; } = 25;

    /// <summary>
    /// Share of the shorter text's sentences that the rewritten evidence of the whole pair must
    /// match for passages too thin alone to stand together (a short text rewriting parts of a
    /// longer one). The share from which a pair's derivation is partial
    /// (<see cref="DerivationOptions.Partial"/>): below it, what two texts share is what
    /// independent reports share.
    /// </summary>
    public double MinPairSentenceShare { get; init; } = 0.25;

    public void Validate()
    {
        if (MinRewrittenSentences < 1) throw new ArgumentException($"min rewritten sentences must be at least 1 (got {MinRewrittenSentences}).");
        if (MinCloseSentences < 1) throw new ArgumentException($"min close sentences must be at least 1 (got {MinCloseSentences}).");
        if (CloseCosine is < 0 or > 1) throw new ArgumentException($"close cosine must be between 0 and 1 (got {CloseCosine}).");
        if (MinPairSentenceShare is <= 0 or > 1) throw new ArgumentException($"min pair sentence share must be above 0 and at most 1 (got {MinPairSentenceShare}).");
        if (MinRewrittenWords < 1) throw new ArgumentException($"min rewritten words must be at least 1 (got {MinRewrittenWords}).");
        if (MergeGapWords < 0) throw new ArgumentException($"merge gap must be 0 or more words (got {MergeGapWords}).");
        if (MinVerbatimShare is < 0 or > 1) throw new ArgumentException($"min verbatim share must be between 0 and 1 (got {MinVerbatimShare}).");
    }
}
