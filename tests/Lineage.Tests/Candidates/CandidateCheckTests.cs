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
}
