using Lineage.Text;

namespace Lineage.Alignment;

/// <summary>
/// One reused passage: where it is in each document (char spans of the original texts and word
/// ranges), how many words align, how many of them are identical, and every difference.
/// </summary>
public sealed record Passage
{
    public required TextSpan A { get; init; }
    public required TextSpan B { get; init; }
    public required TokenRange WordsA { get; init; }
    public required TokenRange WordsB { get; init; }

    /// <summary>Words aligned with a word of the other side, identical or near-identical.</summary>
    public required int AlignedWords { get; init; }

    /// <summary>Identical aligned words divided by the longer side's word count.</summary>
    public required double Identity { get; init; }

    public required IReadOnlyList<Edit> Edits { get; init; }
}
