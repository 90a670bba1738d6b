using System.Numerics;

namespace Lineage.Clustering;

/// <summary>
/// What the variant search reads of a wording it meets, in one place rather than in arrays of their
/// own: its length, its distinct bigrams, and its words hashed onto 128 bits, one bit a word. The
/// bits bound how many words (counted with repeats) two wordings share: each shared word sets the
/// same bit in both, and words that fall together on a bit within a wording are at most its length
/// less its bits set, so shared ≤ |bits of both| + the smaller of those (<see cref="SharedWordsAtMost"/>).
/// </summary>
internal readonly record struct WordingSketch(ulong Low, ulong High, int Length, int Bigrams)
{
    public static WordingSketch Of(ReadOnlySpan<int> words, int bigrams)
    {
        ulong low = 0, high = 0;
        foreach (var word in words)
        {
            // Fibonacci hashing: word codes are small consecutive numbers, the top seven bits of the product are not.
            var bit = (int)(((ulong)(uint)word * 0x9E3779B97F4A7C15UL) >> 57);
            if (bit < 64) low |= 1UL << bit;
            else high |= 1UL << (bit - 64);
        }
        return new WordingSketch(low, high, words.Length, bigrams);
    }

    /// <summary>Words that fall on a bit another word of the wording set.</summary>
    private int Unseen => Length - BitOperations.PopCount(Low) - BitOperations.PopCount(High);

    /// <summary>At least as many words as the two wordings share, repeats counted (as matched word for word).</summary>
    public static int SharedWordsAtMost(in WordingSketch x, in WordingSketch y) =>
        BitOperations.PopCount(x.Low & y.Low) + BitOperations.PopCount(x.High & y.High) + Math.Min(x.Unseen, y.Unseen);
}
