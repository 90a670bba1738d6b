namespace Lineage.Alignment;

/// <summary>
/// The rewritten passages two documents share, with each side's sentences and the share of each
/// side's words in sentences that a passage matched (gap sentences not counted).
/// </summary>
public sealed record SentenceAlignment(
    IReadOnlyList<Sentence> SentencesA,
    IReadOnlyList<Sentence> SentencesB,
    IReadOnlyList<RewrittenPassage> Passages,
    double MatchedShareA,
    double MatchedShareB);
