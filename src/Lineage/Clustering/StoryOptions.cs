namespace Lineage.Clustering;

/// <summary>When a document belongs to a story.</summary>
public sealed record StoryOptions
{
    /// <summary>
    /// Cosine similarity between a document's rarity-weighted content words (and names) and the
    /// story's centroid (the sum of its documents' vectors) needed to join the story.
    /// </summary>
    public double MinSimilarity { get; init; } = 0.15;

    /// <summary>A document joins a story only if it is dated within this many days of the story's dates (or either is undated).</summary>
    public int MaxDaysApart { get; init; } = 14;

    /// <summary>Words per document used to find the stories it may belong to.</summary>
    public int SignatureWords { get; init; } = 30;

    /// <summary>Telling words a document must share with a story before it is compared with the story's centroid.</summary>
    public int MinSharedWords { get; init; } = 2;
}
