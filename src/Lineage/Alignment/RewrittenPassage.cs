using Lineage.Text;

namespace Lineage.Alignment;

/// <summary>
/// A passage of one document that says what a passage of the other says, reworded or not: the
/// char spans of both sides in the original texts, their word ranges, the sentence pairs that
/// carry it (in any order: a rewrite may reorder sentences) and the cosine of the two sides' tf-isf vectors.
/// </summary>
public sealed record RewrittenPassage
{
    public required TextSpan A { get; init; }
    public required TextSpan B { get; init; }
    public required TokenRange WordsA { get; init; }
    public required TokenRange WordsB { get; init; }

    /// <summary>Sentence indexes covered on each side (half-open), gaps between matched sentences included.</summary>
    public required TokenRange SentencesA { get; init; }
    public required TokenRange SentencesB { get; init; }

    public required IReadOnlyList<SentencePair> Pairs { get; init; }

    public required double Similarity { get; init; }
}
