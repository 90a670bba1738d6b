using Lineage.Bench.Corpus;
using Lineage.Candidates;
using Lineage.Fingerprints;
using Lineage.Reading;
using Lineage.Text;

namespace Lineage.Bench.EndToEnd;

/// <summary>
/// Why documents became candidates: candidates split by what the plan says they share, and for
/// a sample of those it does not explain, the word n-grams that paired them, most common first.
/// </summary>
public static class CandidateSample
{
    public static void Print(CorpusPlan plan, IReadOnlyList<Document> documents, IReadOnlyList<TextView> contents, DocumentFingerprints[] fingerprints, CandidatePair[] candidates, FingerprintOptions options, TextWriter o, int sample = 2000)
    {
        int related = 0, sameSite = 0, other = 0;
        var index = new int[documents.Count];
        for (var d = 0; d < index.Length; d++) index[d] = CorpusGenerator.IndexOfId(documents[d].Id);
        var shared = new Dictionary<string, int>(StringComparer.Ordinal);
        var tokensA = new TokenList(1024);
        var tokensB = new TokenList(1024);
        var examined = 0;
        var one = new ulong[1];
        foreach (var c in candidates)
        {
            int x = index[c.A], y = index[c.B];
            if (ReuseRecall.Related(plan, x, y)) { related++; continue; }
            if (plan.Documents[x].Site == plan.Documents[y].Site) { sameSite++; continue; }
            other++;
            if (examined++ >= sample || examined % 3 != 0) continue;
            Tokenizer.Tokenize(contents[c.A], tokensA);
            Tokenizer.Tokenize(contents[c.B], tokensB);
            var common = new HashSet<ulong>(fingerprints[c.A].Hashes);
            common.IntersectWith(fingerprints[c.B].Hashes);
            var n = options.NGram;
            for (var i = 0; i + n <= tokensA.Count; i++)
            {
                ShingleHasher.Hash(tokensA.Hashes.Slice(i, n), n, one);
                if (!common.Contains(one[0])) continue;
                var words = new string[n];
                for (var k = 0; k < n; k++) words[k] = tokensA.FoldedOf(i + k).ToString();
                var key = string.Join(' ', words);
                shared[key] = shared.GetValueOrDefault(key) + 1;
            }
        }
        o.WriteLine($"candidates: {related:N0} share a planted story, {sameSite:N0} are on one site, {other:N0} neither");
        var top = new List<KeyValuePair<string, int>>(shared);
        top.Sort((p, q) => q.Value.CompareTo(p.Value));
        o.WriteLine($"n-grams that paired a sample of the last kind ({Math.Min(sample, other) / 3} candidates), most frequent:");
        for (var i = 0; i < Math.Min(25, top.Count); i++) o.WriteLine($"  {top[i].Value,6}  {top[i].Key}");
    }
}
