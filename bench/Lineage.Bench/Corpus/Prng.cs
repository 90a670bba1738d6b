namespace Lineage.Bench.Corpus;

/// <summary>
/// xoshiro256** (Blackman &amp; Vigna 2018) seeded through splitmix64. The corpus must be the same
/// on every machine and runtime version, which <see cref="Random"/> does not promise for a seed.
/// </summary>
public sealed class Prng
{
    private ulong s0, s1, s2, s3;

    public Prng(ulong seed)
    {
        var x = seed;
        s0 = SplitMix(ref x);
        s1 = SplitMix(ref x);
        s2 = SplitMix(ref x);
        s3 = SplitMix(ref x);
    }

    /// <summary>An independent stream for item <paramref name="index"/> of stream <paramref name="seed"/>.</summary>
    public static Prng For(ulong seed, ulong stream, long index)
    {
        var x = seed ^ (stream * 0x9E3779B97F4A7C15UL);
        var a = SplitMix(ref x);
        x = a ^ (ulong)index;
        return new Prng(SplitMix(ref x));
    }

    public ulong NextUInt64()
    {
        var result = System.Numerics.BitOperations.RotateLeft(s1 * 5, 7) * 9;
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = System.Numerics.BitOperations.RotateLeft(s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, max): multiply-shift (Lemire 2019) in 128 bits, so nothing overflows.</summary>
    public int Next(int max)
    {
        if (max <= 0) throw new ArgumentOutOfRangeException(nameof(max), max, "must be positive");
        return (int)(((UInt128)NextUInt64() * (ulong)max) >> 64);
    }

    public int Next(int min, int maxExclusive) => min + Next(maxExclusive - min);

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    private static ulong SplitMix(ref ulong x)
    {
        var z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
