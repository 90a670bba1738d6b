using Lineage.Clustering;

namespace Lineage.Tests.Clustering;

public class QuoteClustererTests
{
    [Theory]
    [InlineData(1, 180, false)]
    [InlineData(2, 180, false)]
    [InlineData(3, 180, false)]
    // Every quote opening with the same words: bigrams too common to pair anything, but counted.
    [InlineData(4, 260, true)]
    [InlineData(5, 260, true)]
    // A small vocabulary: most quotes repeat a bigram ("no no", dialogue), where the counts of
    // RepeatedBigramsNeeded rule pairs out.
    [InlineData(6, 220, false, 7)]
    [InlineData(7, 220, false, 9)]
    [InlineData(8, 260, true, 8)]
    public void Wording_sets_equal_comparing_every_pair(int seed, int count, bool commonOpening, int vocabularySize = 60)
    {
        var random = new Random(seed);
        var vocabulary = Enumerable.Range(0, vocabularySize).Select(i => "w" + i).ToArray();
        var wordings = new List<string[]>();
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        while (wordings.Count < count)
        {
            string[] quote;
            if (wordings.Count > 0 && random.NextDouble() < 0.6)
                quote = Mutate(wordings[random.Next(wordings.Count)], vocabulary, random);
            else
                quote = Enumerable.Range(0, random.Next(2, 28)).Select(_ => vocabulary[random.Next(vocabulary.Length)]).ToArray();
            if (commonOpening && quote[0] != "we") quote = ["we", "said", "that", .. quote];
            if (distinct.Add(string.Join(' ', quote))) wordings.Add(quote);
        }

        // In blocks of a few wordings on two threads, as a large corpus's quotes are searched.
        var fast = QuoteClusterer.WordingSets(wordings, new ParallelOptions { MaxDegreeOfParallelism = 2 }, blockWordings: 16);
        var holders = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in wordings)
            foreach (var b in Bigrams(w)) holders[b] = holders.GetValueOrDefault(b) + 1;
        var reference = new UnionFind(wordings.Count);
        for (var i = 0; i < wordings.Count; i++)
            for (var j = 0; j < i; j++)
            {
                // Candidates share a bigram that is not held by too many wordings (200).
                var shared = Bigrams(wordings[i]);
                shared.IntersectWith(Bigrams(wordings[j]));
                if (shared.Any(b => holders[b] <= 200) && QuoteWordings.AreVariants(wordings[i], wordings[j]))
                    reference.Union(i, j);
            }
        if (commonOpening) Assert.True(holders["we said"] > 200);

        var merged = 0;
        for (var i = 0; i < wordings.Count; i++)
            for (var j = 0; j < i; j++)
            {
                Assert.Equal(reference.Find(i) == reference.Find(j), fast.Find(i) == fast.Find(j));
                if (reference.Find(i) == reference.Find(j)) merged++;
            }
        Assert.True(merged > 50, "the random quotes should hold many variants");
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void The_banded_edit_distance_test_agrees_with_the_full_table(int seed)
    {
        var random = new Random(seed);
        var vocabulary = Enumerable.Range(0, 8).Select(i => "w" + i).ToArray();
        var buffer = new int[2 * 41];
        var within = 0;
        for (var trial = 0; trial < 3000; trial++)
        {
            var x = Enumerable.Range(0, random.Next(1, 30)).Select(_ => vocabulary[random.Next(vocabulary.Length)]).ToArray();
            var y = random.Next(2) == 0
                ? Mutate(x, vocabulary, random)
                : Enumerable.Range(0, random.Next(1, 40)).Select(_ => vocabulary[random.Next(vocabulary.Length)]).ToArray();
            var limit = random.Next(0, 8);
            var distance = EditDistance(x, y);
            var banded = QuoteWordings.WordEditDistanceAtMost<string>(x, y, limit, buffer.AsSpan(0, 2 * (y.Length + 1)));
            Assert.Equal(distance <= limit, banded);
            if (banded) within++;
        }
        Assert.True(within > 300, "the trials should hold many pairs within the limit");
    }

    /// <summary>The textbook O(n·m) word edit distance.</summary>
    private static int EditDistance(string[] x, string[] y)
    {
        var d = new int[x.Length + 1, y.Length + 1];
        for (var i = 0; i <= x.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= y.Length; j++) d[0, j] = j;
        for (var i = 1; i <= x.Length; i++)
            for (var j = 1; j <= y.Length; j++)
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1));
        return d[x.Length, y.Length];
    }

    [Fact]
    public void A_wording_repeated_by_copies_is_one_variant_with_every_occurrence()
    {
        var quotes = new[]
        {
            Occurrence(0, "serious and blatant aggression against the country"),
            Occurrence(1, "serious and blatant aggression against the country"),
            Occurrence(2, "dangerous and blatant aggression against the country"),
            Occurrence(3, "nothing in common with the others at all here"),
        };
        var clusters = QuoteClusterer.Cluster(quotes);

        Assert.Equal(2, clusters.Count);
        var first = clusters[0];
        Assert.Equal(2, first.Variants.Count);
        Assert.Equal([0, 1], first.Variants[0].Occurrences.Select(o => o.Document));
        Assert.Equal(["dangerous"], first.Variants[1].DifferingWords);
    }

    private static QuoteOccurrence Occurrence(int document, string text) =>
        new(document, new Lineage.Text.TextSpan(0, text.Length), text, null);

    private static HashSet<string> Bigrams(string[] words)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k + 1 < words.Length; k++) set.Add(words[k] + " " + words[k + 1]);
        return set;
    }

    private static string[] Mutate(string[] quote, string[] vocabulary, Random random)
    {
        var words = quote.ToList();
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits && words.Count > 1; e++)
        {
            var at = random.Next(words.Count);
            switch (random.Next(3))
            {
                case 0: words[at] = vocabulary[random.Next(vocabulary.Length)]; break;
                case 1: words.RemoveAt(at); break;
                default: words.Insert(at, vocabulary[random.Next(vocabulary.Length)]); break;
            }
        }
        return words.ToArray();
    }
}
