using Lineage.Text;

namespace Lineage.Alignment;

/// <summary>
/// A rewritten passage as a pair reports it, beside its verbatim passages: its span in each
/// original text, its <see cref="Words"/> (the words of its matched sentences, on the side with
/// fewer), the cosine of its two sides, the sentences matched (in A order) and the changed
/// words: each word of a matched sentence that no sentence it is matched with has (folded
/// alike), as <see cref="EditKind.OnlyInA"/> edits in A order, then <see cref="EditKind.OnlyInB"/>
/// in B order, the other side's span empty at the start of the sentence matched.
/// </summary>
public sealed record RewordedPassage(TextSpan A, TextSpan B, int Words, double Similarity, IReadOnlyList<SentenceMatch> Sentences, IReadOnlyList<Edit> Changed);
