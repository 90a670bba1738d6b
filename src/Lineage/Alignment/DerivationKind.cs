namespace Lineage.Alignment;

/// <summary>
/// How much of one document of a pair derives from the other: the three-way judgement of the
/// METER corpus (Clough et al. 2002: wholly, partially, non-derived), with wholly derived text
/// told apart by whether it was copied or reworded.
/// </summary>
public enum DerivationKind
{
    /// <summary>Wholly derived, mostly word for word.</summary>
    Copy,

    /// <summary>Wholly derived, mostly reworded.</summary>
    Rewrite,

    /// <summary>Part of it derived, the rest its own.</summary>
    Partial,

    /// <summary>Not derived: at most what independent reports of one event share (names, numbers, a quotation).</summary>
    Independent,
}
