using Lineage.Fingerprints;

namespace Lineage.Tests.Fingerprints;

public class WinnowerTests
{
    /// <summary>The definition, window by window: the rightmost minimum of each, kept once.</summary>
    private static List<int> Reference(ulong[] hashes, int window)
    {
        var selected = new List<int>();
        var windows = Math.Max(1, hashes.Length - window + 1);
        for (var start = 0; start < windows; start++)
        {
            var min = start;
            for (var j = start; j < Math.Min(hashes.Length, start + window); j++)
                if (hashes[j] <= hashes[min]) min = j;
            if (selected.Count == 0 || selected[^1] != min) selected.Add(min);
        }
        return selected;
    }

    [Theory]
    [InlineData(1, 4)]
    [InlineData(2, 1)]
    [InlineData(3, 8)]
    [InlineData(4, 30)]
    public void Selects_the_rightmost_minimum_of_every_window(int seed, int window)
    {
        var random = new Random(seed);
        for (var round = 0; round < 50; round++)
        {
            // Few distinct values, so ties are common.
            var hashes = new ulong[random.Next(0, 200)];
            for (var i = 0; i < hashes.Length; i++) hashes[i] = (ulong)random.Next(0, 20);
            var selected = new int[hashes.Length];
            var count = Winnower.Select(hashes, window, selected);
            Assert.Equal(Reference(hashes, window), selected[..count]);
        }
    }

    [Fact]
    public void Any_shared_run_of_guaranteed_length_gives_two_shared_fingerprints()
    {
        var options = new FingerprintOptions();
        var random = new Random(7);
        for (var round = 0; round < 200; round++)
        {
            var shared = RandomWords(random, options.GuaranteedWords);
            var a = Lineage.Text.Tokenizer.Tokenize(RandomWords(random, random.Next(0, 40)) + " " + shared + " " + RandomWords(random, random.Next(0, 40)));
            var b = Lineage.Text.Tokenizer.Tokenize(RandomWords(random, random.Next(0, 40)) + " " + shared + " " + RandomWords(random, random.Next(0, 40)));
            var fa = DocumentFingerprints.Compute(a, options).Hashes;
            var fb = DocumentFingerprints.Compute(b, options).Hashes;
            Assert.True(fa.Intersect(fb).Count() >= options.MinSharedFingerprints, $"round {round}");
        }
    }

    internal static string RandomWords(Random random, int count)
    {
        var words = new string[count];
        for (var i = 0; i < count; i++) words[i] = "w" + random.Next(100000);
        return string.Join(' ', words);
    }
}
