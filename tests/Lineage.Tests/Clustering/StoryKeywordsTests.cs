using Lineage.Clustering;

namespace Lineage.Tests.Clustering;

public class StoryKeywordsTests
{
    /// <summary>The keywords by sorting every term: score (a name's weight half as much again), then spelling; then leaving out those contained in one kept.</summary>
    private static List<string> Sorted(Dictionary<ulong, double> centroid, Dictionary<ulong, string> words, Dictionary<ulong, string> names)
    {
        var scored = centroid.Select(e => names.TryGetValue(e.Key, out var name) ? (Shown: name, Score: e.Value * 1.5) : (Shown: words[e.Key], Score: e.Value))
            .OrderByDescending(t => t.Score).ThenBy(t => t.Shown, StringComparer.Ordinal).Take(32);
        var keywords = new List<string>();
        foreach (var (shown, _) in scored)
        {
            if (keywords.Any(k => k.Contains(shown, StringComparison.OrdinalIgnoreCase) || shown.Contains(k, StringComparison.OrdinalIgnoreCase))) continue;
            keywords.Add(shown);
            if (keywords.Count == 8) break;
        }
        return keywords;
    }

    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 40)]
    [InlineData(3, 300)]
    [InlineData(4, 2000)]
    public void Keywords_are_those_of_sorting_every_term(int seed, int terms)
    {
        var random = new Random(seed);
        for (var trial = 0; trial < 50; trial++)
        {
            var centroid = new Dictionary<ulong, double>();
            var words = new Dictionary<ulong, string>();
            var names = new Dictionary<ulong, string>();
            for (var t = 0; t < terms; t++)
            {
                var term = (ulong)random.NextInt64();
                // Few distinct weights, so scores tie and spellings decide; a name may outweigh every word.
                centroid[term] = random.Next(1, 12) / 4.0;
                var spelling = "w" + random.Next(terms * 2);
                if (random.Next(5) == 0) names[term] = "Name " + spelling;
                else words[term] = spelling;
            }

            Assert.Equal(Sorted(centroid, words, names), StoryKeywords.Of(centroid.Select(e => (e.Key, e.Value)).ToArray(), words.TryGetValue, names.TryGetValue));
        }
    }
}
