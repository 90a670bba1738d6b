namespace Lineage.Alignment;

/// <summary>
/// Sentence <see cref="A"/> of one document matched with sentence <see cref="B"/> of the other,
/// with the similarity that matched them; <see cref="Joined"/> when the match holds only for this
/// sentence and its neighbour taken together (one side split or merged the sentence).
/// </summary>
public readonly record struct SentencePair(int A, int B, double Cosine, double Dice, bool Joined);
