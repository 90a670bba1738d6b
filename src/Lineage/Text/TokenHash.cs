namespace Lineage.Text;

/// <summary>64-bit hashing of folded words and of word n-grams: FNV-1a mixed by murmur3's finaliser.</summary>
public static class TokenHash
{
    /// <summary>
    /// The version of every hash a store keeps: words (<see cref="Of"/>), n-grams and lines
    /// (<see cref="Combine"/>) and the winnowing that picks fingerprints among them. A store records
    /// the version it was made with and refuses another; any change to a value pinned by the
    /// golden tests must bump it.
    /// </summary>
    public const int Version = 1;

    public const ulong Offset = 14695981039346656037UL;
    public const ulong Prime = 1099511628211UL;

    public static ulong Of(ReadOnlySpan<char> folded)
    {
        var h = Offset;
        foreach (var c in folded) h = (h ^ c) * Prime;
        return Mix(h);
    }

    /// <summary>murmur3 fmix64: spreads FNV's weak low bits over the whole word.</summary>
    public static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53UL;
        h ^= h >> 33;
        return h;
    }

    /// <summary>Order-sensitive hash of consecutive word hashes.</summary>
    public static ulong Combine(ReadOnlySpan<ulong> words)
    {
        var h = 0x9E3779B97F4A7C15UL;
        foreach (var w in words) h = System.Numerics.BitOperations.RotateLeft(h ^ w, 27) * 0x3C79AC492BA7B653UL;
        return Mix(h);
    }
}
