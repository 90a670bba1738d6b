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
    public void Wording_sets_equal_comparing_every_pair(int seed, int count, bool commonOpening)
    {
        var random = new Random(seed);
        var vocabulary = Enumerable.Range(0, 60).Select(i => "w" + i).ToArray();
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

        var fast = QuoteClusterer.WordingSets(wordings);
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
                if (shared.Any(b => holders[b] <= 200) && QuoteClusterer.AreVariants(wordings[i], wordings[j]))
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
