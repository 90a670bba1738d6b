namespace Lineage.Clustering;

/// <summary>
/// Distinct bigrams two quotes without a repeated bigram must share to be variants: a shared run
/// of m words holds m − 1 (<see cref="ByRun"/>); k word edits, possible only when the lengths
/// differ by at most k, break at most two each of the shorter quote's s − 1 bigrams
/// (<see cref="ByEdits"/>).
/// </summary>
internal readonly record struct BigramsNeeded(int ByRun, int ByEdits, bool EditsPossible)
{
    /// <summary>The fewest shared bigrams with which either test can pass.</summary>
    public int Fewest => EditsPossible ? Math.Min(ByRun, ByEdits) : ByRun;

    /// <summary>Shared bigrams past which counting more changes nothing: both tests that can pass may run.</summary>
    public int Most => EditsPossible ? Math.Max(ByRun, ByEdits) : ByRun;

    public static BigramsNeeded For(int lengthA, int lengthB)
    {
        var shorter = Math.Min(lengthA, lengthB);
        var edits = QuoteWordings.MaxEdits(shorter);
        return new BigramsNeeded(
            Math.Max(1, Math.Min(QuoteWordings.SharedRun, shorter) - 1),
            Math.Max(1, shorter - 1 - 2 * edits),
            Math.Abs(lengthA - lengthB) <= edits);
    }
}
