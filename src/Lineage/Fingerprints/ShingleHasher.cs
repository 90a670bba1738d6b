using Lineage.Text;

namespace Lineage.Fingerprints;

/// <summary>Hashes of every word n-gram of a text: output[i] covers words i … i+n−1.</summary>
public static class ShingleHasher
{
    public static int Count(int words, int n) => Math.Max(0, words - n + 1);

    public static void Hash(ReadOnlySpan<ulong> words, int n, Span<ulong> output)
    {
        var count = Count(words.Length, n);
        if (output.Length < count) throw new ArgumentException("Output too small for the n-grams.", nameof(output));
        for (var i = 0; i < count; i++) output[i] = TokenHash.Combine(words.Slice(i, n));
    }
}
