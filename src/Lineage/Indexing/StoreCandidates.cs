using Lineage.Fingerprints;
using Lineage.Storage;

namespace Lineage.Indexing;

/// <summary>
/// The candidate pairs that new documents form with the store and with each other, as
/// <see cref="Candidates.CandidateFinder"/> would find them over the store and the new documents
/// together: a fingerprint held by 2 … max-df documents (stored + new) pairs them, and pairs
/// sharing the minimum number of fingerprints are candidates. Only the new documents'
/// fingerprints are looked up, each probe stopping at max-df + 1 postings, so the cost follows
/// the new documents, not the store. Pairs of stored documents were found when they were added;
/// a fingerprint's frequency only grows, so every pair a full scan would find was found then.
/// </summary>
internal static class StoreCandidates
{
    public static List<KeyPair> Find(IIndexSession session, IReadOnlyList<ulong[]> fresh, IReadOnlyList<long> keys, FingerprintOptions options, long? exclude = null)
    {
        var total = 0;
        foreach (var f in fresh) total += f.Length;
        var hashes = new ulong[total];
        var owners = new int[total];
        var at = 0;
        for (var d = 0; d < fresh.Count; d++)
        {
            foreach (var h in fresh[d])
            {
                hashes[at] = h;
                owners[at++] = d;
            }
        }
        Array.Sort(hashes, owners);

        var distinct = new List<ulong>(total);
        for (var i = 0; i < total; i++)
            if (i == 0 || hashes[i] != hashes[i - 1]) distinct.Add(hashes[i]);
        var maxDf = options.MaxDocumentFrequency;
        var hits = new List<PostingHit>();
        session.Probe(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(distinct), maxDf + 1 + (exclude is null ? 0 : 1), hits);
        hits.Sort(static (x, y) => x.Hash != y.Hash ? x.Hash.CompareTo(y.Hash) : x.Document.CompareTo(y.Document));

        var counts = new Dictionary<(long, long), int>();
        var stored = new List<long>();
        var hit = 0;
        var start = 0;
        while (start < total)
        {
            var end = start + 1;
            while (end < total && hashes[end] == hashes[start]) end++;
            var hash = hashes[start];
            stored.Clear();
            while (hit < hits.Count && hits[hit].Hash < hash) hit++;
            while (hit < hits.Count && hits[hit].Hash == hash)
            {
                if (hits[hit].Document != exclude) stored.Add(hits[hit].Document);
                hit++;
            }
            var df = end - start + stored.Count;
            if (df >= 2 && df <= maxDf)
            {
                for (var x = start; x < end; x++)
                {
                    var key = keys[owners[x]];
                    for (var y = x + 1; y < end; y++) Count(counts, key, keys[owners[y]]);
                    foreach (var s in stored) Count(counts, s, key);
                }
            }
            start = end;
        }

        var result = new List<KeyPair>();
        foreach (var ((a, b), shared) in counts)
            if (shared >= options.MinSharedFingerprints) result.Add(new KeyPair(a, b, shared));
        result.Sort(static (x, y) => x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));
        return result;
    }

    private static void Count(Dictionary<(long, long), int> counts, long x, long y)
    {
        var key = x < y ? (x, y) : (y, x);
        counts[key] = counts.GetValueOrDefault(key) + 1;
    }
}
