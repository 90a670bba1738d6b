using Lineage.Candidates;
using Lineage.Fingerprints;

namespace Lineage.Tests.Candidates;

public class CandidateFinderTests
{
    /// <summary>Brute force over all pairs: the shared fingerprints that pass the max-df cut.</summary>
    private static Dictionary<(int, int), int> AllPairs(DocumentFingerprints[] documents, int maxDf)
    {
        var df = new Dictionary<ulong, int>();
        foreach (var d in documents)
            foreach (var h in d.Hashes) df[h] = df.GetValueOrDefault(h) + 1;
        var shared = new Dictionary<(int, int), int>();
        for (var a = 0; a < documents.Length; a++)
            for (var b = a + 1; b < documents.Length; b++)
            {
                var count = documents[a].Hashes.Intersect(documents[b].Hashes).Count(h => df[h] <= maxDf);
                if (count > 0) shared[(a, b)] = count;
            }
        return shared;
    }

    private static DocumentFingerprints[] RandomCorpus(int seed, int documents, int universe)
    {
        var random = new Random(seed);
        var result = new DocumentFingerprints[documents];
        for (var d = 0; d < documents; d++)
        {
            var hashes = new HashSet<ulong>();
            var size = random.Next(0, 60);
            // Spread values over the whole 64-bit range so every partition is used.
            for (var i = 0; i < size; i++) hashes.Add((ulong)random.Next(universe) * 0x9E3779B97F4A7C15UL);
            result[d] = new DocumentFingerprints(hashes.Order().ToArray(), size);
        }
        return result;
    }

    [Theory]
    [InlineData(1, 1, 100)]
    [InlineData(2, 2, 100)]
    [InlineData(3, 3, 5)]
    [InlineData(4, 1, 2)]
    public void Finds_exactly_the_pairs_brute_force_finds(int seed, int minShared, int maxDf)
    {
        var corpus = RandomCorpus(seed, 120, 3000);
        var options = new FingerprintOptions { MinSharedFingerprints = minShared, MaxDocumentFrequency = maxDf };
        var expected = AllPairs(corpus, maxDf).Where(p => p.Value >= minShared).ToDictionary(p => p.Key, p => p.Value);
        var found = CandidateFinder.Find(corpus, options);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, found.Length);
        foreach (var pair in found)
        {
            Assert.True(pair.A < pair.B);
            Assert.Equal(expected[(pair.A, pair.B)], pair.SharedFingerprints);
        }
        // Ordered by A, then B: the scanner groups candidates by their first document.
        for (var i = 1; i < found.Length; i++)
            Assert.True(found[i - 1].A < found[i].A || (found[i - 1].A == found[i].A && found[i - 1].B < found[i].B), $"candidates {i - 1} and {i} out of order");
    }

    [Fact]
    public void Ignores_fingerprints_held_by_more_documents_than_max_df()
    {
        var common = new DocumentFingerprints([1UL, 2UL], 10);
        var corpus = Enumerable.Repeat(common, 5).ToArray();
        Assert.Empty(CandidateFinder.Find(corpus, new FingerprintOptions { MinSharedFingerprints = 1, MaxDocumentFrequency = 4 }));
        Assert.Equal(10, CandidateFinder.Find(corpus, new FingerprintOptions { MinSharedFingerprints = 1, MaxDocumentFrequency = 5 }).Length);
    }
}
