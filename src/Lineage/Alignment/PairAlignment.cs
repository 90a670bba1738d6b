namespace Lineage.Alignment;

/// <summary>Everything two documents share: passages in A order, and how much of each side they cover.</summary>
public sealed record PairAlignment(IReadOnlyList<Passage> Passages, double CoverageA, double CoverageB)
{
    public static readonly PairAlignment None = new([], 0, 0);

    /// <summary>Aligned words over all passages.</summary>
    public int SharedWords
    {
        get
        {
            var total = 0;
            foreach (var p in Passages) total += p.AlignedWords;
            return total;
        }
    }
}
