using Lineage.Candidates;
using Lineage.Fingerprints;
using Lineage.Text;

namespace Lineage.Tests.Candidates;

public class CandidateCheckTests
{
    private static readonly FingerprintOptions Options = new();

    private static string Words(Random random, int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => "w" + random.Next(1_000_000)));

    private static DocumentFingerprints Fingerprints(string text) => DocumentFingerprints.Compute(Tokenizer.Tokenize(text), Options);

    [Fact]
    public void Passes_every_pair_sharing_a_run_of_the_guaranteed_length()
    {
        var random = new Random(17);
        for (var round = 0; round < 200; round++)
        {
            var shared = Words(random, Options.GuaranteedWords);
            var a = Fingerprints(Words(random, random.Next(0, 300)) + " " + shared + " " + Words(random, random.Next(0, 300)));
            var b = Fingerprints(Words(random, random.Next(0, 300)) + " " + shared + " " + Words(random, random.Next(0, 300)));
            Assert.True(CandidateCheck.MayShareAPassage(a, b, window: 60, slack: 8), $"round {round}");
        }
    }

    [Fact]
    public void Rejects_two_stock_phrases_shared_from_unrelated_places()
    {
        // Two shared fingerprints: near each other in A, far apart and in the other order in B.
        var a = new DocumentFingerprints([1UL, 2UL, 3UL], 500, [10, 16, 300]);
        var b = new DocumentFingerprints([1UL, 2UL, 4UL], 500, [400, 40, 100]);
        Assert.False(CandidateCheck.MayShareAPassage(a, b, window: 60, slack: 8));
        var c = new DocumentFingerprints([1UL, 2UL, 4UL], 500, [200, 207, 100]);
        Assert.True(CandidateCheck.MayShareAPassage(a, c, window: 60, slack: 8));
    }

    [Fact]
    public void Agrees_with_a_simple_reference_on_random_fingerprints()
    {
        var random = new Random(23);
        for (var round = 0; round < 2000; round++)
        {
            // Few distinct hashes and positions in a small range, so shared fingerprints are many and close.
            var a = RandomFingerprints(random, random.Next(0, round % 10 == 0 ? 600 : 40));
            var b = RandomFingerprints(random, random.Next(0, round % 10 == 0 ? 600 : 40));
            var window = random.Next(1, 80);
            var slack = random.Next(0, 12);
            Assert.True(Reference(a, b, window, slack) == CandidateCheck.MayShareAPassage(a, b, window, slack), $"round {round}");
        }
    }

    private static DocumentFingerprints RandomFingerprints(Random random, int count)
    {
        var hashes = new SortedSet<ulong>();
        while (hashes.Count < count) hashes.Add((ulong)random.Next(0, 2 * count + 10));
        var positions = Enumerable.Range(0, 4 * count + 10).OrderBy(_ => random.Next()).Take(count).ToArray();
        return new DocumentFingerprints(hashes.ToArray(), 4 * count + 10, positions);
    }

    /// <summary>Every pair of shared fingerprints tried, straight from the definition.</summary>
    private static bool Reference(DocumentFingerprints a, DocumentFingerprints b, int window, int slack)
    {
        var shared = new List<(int A, int B)>();
        for (var i = 0; i < a.Hashes.Length; i++)
            for (var j = 0; j < b.Hashes.Length; j++)
                if (a.Hashes[i] == b.Hashes[j]) shared.Add((a.Positions![i], b.Positions![j]));
        foreach (var x in shared)
            foreach (var y in shared)
            {
                int alongA = y.A - x.A, alongB = y.B - x.B;
                if (alongA >= 0 && alongA <= window && alongB > 0 && alongB <= window && Math.Abs(alongB - alongA) <= slack && x != y) return true;
            }
        return false;
    }
}
