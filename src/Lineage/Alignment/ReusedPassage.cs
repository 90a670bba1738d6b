using Lineage.Text;

namespace Lineage.Alignment;

/// <summary>
/// One passage two documents share, verbatim or reworded: the char spans and word ranges of both
/// sides in the original texts, how it was found, and the verbatim and rewritten passages it
/// joins (a rewritten passage often holds verbatim stretches; near neighbours of one case are one passage).
/// </summary>
public sealed record ReusedPassage
{
    public required TextSpan A { get; init; }
    public required TextSpan B { get; init; }
    public required TokenRange WordsA { get; init; }
    public required TokenRange WordsB { get; init; }

    /// <summary><see cref="ReuseKind.Verbatim"/> when verbatim passages cover most of both sides' words, else <see cref="ReuseKind.Rewritten"/>.</summary>
    public required ReuseKind Kind { get; init; }

    public required IReadOnlyList<Passage> Verbatim { get; init; }
    public required IReadOnlyList<RewrittenPassage> Rewritten { get; init; }
}
