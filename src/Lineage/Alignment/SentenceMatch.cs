using Lineage.Text;

namespace Lineage.Alignment;

/// <summary>
/// A sentence of A matched with a sentence of B, as spans of the original texts, with their
/// cosine; <see cref="Joined"/> when the match holds only with a neighbour taken together (a split or merged sentence).
/// </summary>
public readonly record struct SentenceMatch(TextSpan A, TextSpan B, double Similarity, bool Joined);
