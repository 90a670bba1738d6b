namespace Lineage.Clustering;

/// <summary>
/// Equality of two word codes packed in a long, with a hash that mixes both halves: the default
/// hash of a long XORs them, and word codes are small numbers, so a large corpus's bigrams fell
/// into few buckets and every look-up walked a long chain.
/// </summary>
internal sealed class BigramKey : IEqualityComparer<long>
{
    public static readonly BigramKey Comparer = new();

    public bool Equals(long x, long y) => x == y;

    // Fibonacci hashing (Knuth, TAOCP vol. 3, 6.4): the high bits of the product depend on every bit of the key.
    public int GetHashCode(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> 32);
}
