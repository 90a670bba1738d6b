namespace Lineage.Clustering;

/// <summary>Equality of two wordings word for word, for counting each wording once.</summary>
internal sealed class WordingKey : IEqualityComparer<int[]>
{
    public static readonly WordingKey Comparer = new();

    public bool Equals(int[]? x, int[]? y) => x.AsSpan().SequenceEqual(y);

    public int GetHashCode(int[] wording)
    {
        var hash = new HashCode();
        hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(wording.AsSpan()));
        return hash.ToHashCode();
    }
}
