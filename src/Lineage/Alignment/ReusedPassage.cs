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

    /// <summary>
    /// <see cref="ReuseKind.Verbatim"/> when verbatim passages cover most of both sides' words (or
    /// nothing else joined them), else <see cref="ReuseKind.Rewritten"/>: verbatim fragments joined
    /// by reworded sentences are a rewritten passage even where those sentences are too few to report.
    /// </summary>
    public required ReuseKind Kind { get; init; }

    public required IReadOnlyList<Passage> Verbatim { get; init; }

    /// <summary>The rewritten passages whose evidence stands on its own (<see cref="ReuseMergeOptions"/>); empty where thin evidence only joined verbatim fragments.</summary>
    public required IReadOnlyList<RewrittenPassage> Rewritten { get; init; }
}
