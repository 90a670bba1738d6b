namespace Lineage.Clustering;

/// <summary>When two documents are about the same event.</summary>
public sealed record StoryOptions
{
    /// <summary>Cosine similarity of rarity-weighted content words (and names) needed to join two documents.</summary>
    public double MinSimilarity { get; init; } = 0.15;

    /// <summary>Documents dated further apart than this are not joined by wording alone.</summary>
    public int MaxDaysApart { get; init; } = 14;

    /// <summary>Words per document used to find similar documents.</summary>
    public int SignatureWords { get; init; } = 30;
}
