namespace Lineage.Clustering;

/// <summary>Equality of two wordings word for word, for counting each wording once; looked up as a span, a wording seen before is not copied.</summary>
internal sealed class WordingKey : IEqualityComparer<int[]>, IAlternateEqualityComparer<ReadOnlySpan<int>, int[]>
{
    public static readonly WordingKey Comparer = new();

    public bool Equals(int[]? x, int[]? y) => x.AsSpan().SequenceEqual(y);

    public int GetHashCode(int[] wording) => GetHashCode(wording.AsSpan());

    public bool Equals(ReadOnlySpan<int> alternate, int[] other) => alternate.SequenceEqual(other);

    public int[] Create(ReadOnlySpan<int> alternate) => alternate.ToArray();

    public int GetHashCode(ReadOnlySpan<int> wording)
    {
        var hash = new HashCode();
        hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(wording));
        return hash.ToHashCode();
    }
}
