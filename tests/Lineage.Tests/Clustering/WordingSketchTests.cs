using CsCheck;
using Lineage.Clustering;

namespace Lineage.Tests.Clustering;

public class WordingSketchTests
{
    /// <summary>
    /// The sketches' bound is never below the words two wordings share, counted with repeats: word
    /// codes far apart and close together, small vocabularies that repeat words, and many words
    /// (more than the sketch's 128 bits, so that words fall together on a bit).
    /// </summary>
    [Fact]
    public void The_bound_is_at_least_the_words_shared()
    {
        var tight = 0;
        Gen.Select(Gen.Int[1, 400], Gen.Int[0, 1_000_000], Length, Length, Gen.Int).Sample((vocabulary, offset, xLength, yLength, seed) =>
        {
            var random = new Random(seed);
            var x = Enumerable.Range(0, xLength).Select(_ => offset + random.Next(vocabulary)).ToArray();
            var y = Enumerable.Range(0, yLength).Select(_ => offset + random.Next(vocabulary)).ToArray();
            var shared = SharedWords(x, y);
            var bound = WordingSketch.SharedWordsAtMost(WordingSketch.Of(x, 0), WordingSketch.Of(y, 0));
            Assert.True(bound >= shared, $"bound {bound} below the {shared} words shared");
            if (bound == shared) tight++;
        }, iter: 3000);
        Assert.True(tight > 500, "the bound should often be the count itself");
    }

    /// <summary>Lengths of quotes mostly, now and then of more words than the sketch has bits.</summary>
    private static readonly Gen<int> Length = Gen.OneOf(Gen.Int[0, 40], Gen.Int[0, 40], Gen.Int[0, 300]);

    /// <summary>
    /// Wordings that are one quote share at least the words <see cref="QuoteWordings.SharedWordsNeeded"/>
    /// says: near variants a few edits apart, runs of about ten words inside others, short quotes
    /// cut from longer ones, in small vocabularies.
    /// </summary>
    [Fact]
    public void Variants_share_the_words_needed()
    {
        var variants = 0;
        Gen.Select(Gen.Int, Gen.Int[2, 30], Gen.Int[1, 40]).Sample((seed, vocabulary, length) =>
        {
            var random = new Random(seed);
            var x = Enumerable.Range(0, length).Select(_ => random.Next(vocabulary)).ToArray();
            var from = random.Next(x.Length);
            var y = random.Next(3) switch
            {
                0 => QuoteVariantSearchTests.Mutate(x, vocabulary, random),
                1 => [.. Fresh(random.Next(4)), .. x.AsSpan(from, Math.Min(x.Length - from, 11)), .. Fresh(random.Next(4))],
                _ => x.AsSpan(from, 1 + random.Next(x.Length - from)).ToArray(),
            };
            int[] Fresh(int count) => Enumerable.Range(0, count).Select(_ => random.Next(vocabulary)).ToArray();
            if (y.Length == 0 || !QuoteWordings.AreVariants<int>(x, y)) return;
            variants++;
            Assert.True(SharedWords(x, y) >= QuoteWordings.SharedWordsNeeded(x.Length, y.Length), $"[{string.Join(' ', x)}] and [{string.Join(' ', y)}]");
        }, iter: 5000);
        Assert.True(variants > 1000, "the generated pairs should hold many variants");
    }

    [Fact]
    public void The_shortest_length_for_edits_is_the_least_within_edits()
    {
        for (var length = 0; length < 500; length++)
        {
            var least = 0;
            while (length - least > QuoteWordings.MaxEdits(least)) least++;
            Assert.Equal(least, QuoteVariantSearch.ShortestForEdits(length));
        }
    }

    /// <summary>Words the two hold both, repeats counted as often as both hold them.</summary>
    private static int SharedWords(int[] x, int[] y)
    {
        var counts = x.GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        var shared = 0;
        foreach (var w in y)
            if (counts.TryGetValue(w, out var c) && c > 0)
            {
                counts[w] = c - 1;
                shared++;
            }
        return shared;
    }
}
