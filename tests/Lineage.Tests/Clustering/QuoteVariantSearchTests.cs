using CsCheck;
using Lineage.Clustering;

namespace Lineage.Tests.Clustering;

public class QuoteVariantSearchTests
{
    /// <summary>
    /// Generated wordings aimed at the bounds of the prefixes: near variants a few edits apart,
    /// runs of about ten words lifted into other quotes, short quotes cut from longer ones (the
    /// whole-of-the-shorter rule), a few words shared and no more, small vocabularies that repeat
    /// bigrams, and openings so common that their bigrams pair nothing (of three words, or of a
    /// whole run, which then joins any two quotes sharing a rare bigram elsewhere).
    /// </summary>
    [Fact]
    public void Prefix_filtering_joins_the_wordings_the_counting_search_joins()
    {
        var joined = 0;
        Gen.Select(Gen.Int, Gen.Int[2, 40], Gen.Int[20, 260], Gen.Int[0, 3]).Sample((seed, vocabulary, count, opening) =>
        {
            var wordings = Wordings(seed, vocabulary, count, count > 200 ? opening switch { 0 => 3, 1 => QuoteWordings.SharedRun + 1, _ => 0 } : 0);
            var fast = QuoteVariantSearch.Sets(wordings, new ParallelOptions { MaxDegreeOfParallelism = 2 }, blockWordings: 16);
            var reference = CountingWordingSearch.Sets(wordings);
            for (var i = 0; i < wordings.Count; i++)
                for (var j = 0; j < i; j++)
                {
                    var together = reference.Find(i) == reference.Find(j);
                    if (together) joined++;
                    if (together != (fast.Find(i) == fast.Find(j)))
                        throw new Xunit.Sdk.XunitException($"wordings {j} [{string.Join(' ', wordings[j])}] and {i} [{string.Join(' ', wordings[i])}]: reference {together}");
                }
        }, iter: 150);
        Assert.True(joined > 10_000, "the generated wordings should hold many variants");
    }

    [Fact]
    public void The_fewest_distinct_bigrams_of_a_run_agree_with_counting_in_a_set()
    {
        Gen.Int[1, 4].Array[1, 30].Sample(words =>
        {
            foreach (var run in new[] { 2, 5, 10 })
                Assert.Equal(CountingWordingSearch.FewestDistinctBigrams(words, run), QuoteVariantSearch.FewestDistinctBigrams(words, run));
        }, iter: 2000);
    }

    private static List<int[]> Wordings(int seed, int vocabulary, int count, int opening)
    {
        var random = new Random(seed);
        var wordings = new List<int[]>();
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        int[] Fresh(int length) => Enumerable.Range(0, length).Select(_ => random.Next(vocabulary)).ToArray();
        for (var attempt = 0; wordings.Count < count && attempt < 20 * count; attempt++)
        {
            int[] quote;
            var pick = random.NextDouble();
            if (wordings.Count == 0 || pick < 0.3) quote = Fresh(random.Next(1, 32));
            else
            {
                var parent = wordings[random.Next(wordings.Count)];
                if (pick < 0.65) quote = Mutate(parent, vocabulary, random);
                else if (pick < 0.75)
                {
                    // A few words of another quote among fresh ones.
                    var length = Math.Min(parent.Length, random.Next(2, 5));
                    quote = [.. Fresh(random.Next(0, 12)), .. parent.AsSpan(random.Next(parent.Length - length + 1), length), .. Fresh(random.Next(0, 12))];
                }
                else if (pick < 0.88)
                {
                    // A run of about ten words inside other words.
                    var length = Math.Min(parent.Length, random.Next(8, 13));
                    var from = random.Next(parent.Length - length + 1);
                    quote = [.. Fresh(random.Next(0, 6)), .. parent.AsSpan(from, length), .. Fresh(random.Next(0, 6))];
                }
                else
                {
                    // A short quote cut from a longer one, now and then one word changed.
                    var length = Math.Min(parent.Length, random.Next(2, 10));
                    quote = parent.AsSpan(random.Next(parent.Length - length + 1), length).ToArray();
                    if (random.Next(4) == 0) quote[random.Next(quote.Length)] = random.Next(vocabulary);
                }
            }
            if (opening > 0 && quote.Length > 0 && quote[0] != vocabulary) quote = [.. Enumerable.Range(vocabulary, opening), .. quote];
            if (quote.Length > 0 && distinct.Add(string.Join(' ', quote))) wordings.Add(quote);
        }
        return wordings;
    }

    /// <summary>A wording with a few words replaced, dropped or added (at least one edit, about one in four words).</summary>
    internal static int[] Mutate(int[] quote, int vocabulary, Random random)
    {
        var words = quote.ToList();
        var edits = random.Next(1, 2 + words.Count / 4);
        for (var e = 0; e < edits && words.Count > 1; e++)
        {
            var at = random.Next(words.Count);
            switch (random.Next(3))
            {
                case 0: words[at] = random.Next(vocabulary); break;
                case 1: words.RemoveAt(at); break;
                default: words.Insert(at, random.Next(vocabulary)); break;
            }
        }
        return words.ToArray();
    }
}
