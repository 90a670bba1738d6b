using Lineage.Fingerprints;

namespace Lineage.Candidates;

/// <summary>
/// Document pairs worth aligning, from an inverted index of fingerprints. Postings are grouped by
/// hash (a radix partition on the top byte, then a sort per partition, in parallel); each hash
/// held by 2 … max-df documents adds one to each pair of its documents; pairs reaching the
/// minimum count are candidates. The work follows the number of postings and of pairs that
/// really share text, never the number of document pairs.
/// </summary>
public static class CandidateFinder
{
    private const int PartitionBits = 8;
    private const int Partitions = 1 << PartitionBits;

    public static CandidatePair[] Find(IReadOnlyList<DocumentFingerprints> documents, FingerprintOptions options)
    {
        var (hashes, owners, bounds) = Partition(documents);
        var pairLists = new List<long>[Partitions];
        Parallel.For(0, Partitions, p =>
        {
            var start = bounds[p];
            var length = bounds[p + 1] - start;
            var keys = hashes.AsSpan(start, length);
            var docs = owners.AsSpan(start, length);
            keys.Sort(docs);
            pairLists[p] = PairsOf(keys, docs, options.MaxDocumentFrequency);
        });
        return CountPairs(pairLists, options.MinSharedFingerprints);
    }

    private static (ulong[] Hashes, int[] Owners, int[] Bounds) Partition(IReadOnlyList<DocumentFingerprints> documents)
    {
        var counts = new int[Partitions + 1];
        for (var d = 0; d < documents.Count; d++)
            foreach (var h in documents[d].Hashes) counts[(int)(h >> (64 - PartitionBits)) + 1]++;
        for (var p = 0; p < Partitions; p++) counts[p + 1] += counts[p];
        var bounds = (int[])counts.Clone();
        var hashes = new ulong[counts[Partitions]];
        var owners = new int[counts[Partitions]];
        var next = counts;
        for (var d = 0; d < documents.Count; d++)
        {
            foreach (var h in documents[d].Hashes)
            {
                var slot = next[(int)(h >> (64 - PartitionBits))]++;
                hashes[slot] = h;
                owners[slot] = d;
            }
        }
        return (hashes, owners, bounds);
    }

    private static List<long> PairsOf(ReadOnlySpan<ulong> hashes, ReadOnlySpan<int> owners, int maxDf)
    {
        var pairs = new List<long>();
        var i = 0;
        while (i < hashes.Length)
        {
            var j = i + 1;
            while (j < hashes.Length && hashes[j] == hashes[i]) j++;
            var group = j - i;
            if (group >= 2 && group <= maxDf)
            {
                // Each document's hashes are distinct, so a group never repeats a document.
                var members = owners.Slice(i, group);
                for (var x = 0; x < group; x++)
                for (var y = x + 1; y < group; y++)
                {
                    var a = Math.Min(members[x], members[y]);
                    var b = Math.Max(members[x], members[y]);
                    pairs.Add(((long)a << 32) | (uint)b);
                }
            }
            i = j;
        }
        return pairs;
    }

    private static CandidatePair[] CountPairs(List<long>[] pairLists, int minShared)
    {
        var total = 0;
        foreach (var list in pairLists) total += list.Count;
        var all = new long[total];
        var offset = 0;
        foreach (var list in pairLists)
        {
            list.CopyTo(all, offset);
            offset += list.Count;
        }
        Array.Sort(all);
        var result = new List<CandidatePair>();
        var i = 0;
        while (i < all.Length)
        {
            var j = i + 1;
            while (j < all.Length && all[j] == all[i]) j++;
            if (j - i >= minShared) result.Add(new CandidatePair((int)(all[i] >> 32), (int)(all[i] & 0xFFFFFFFF), j - i));
            i = j;
        }
        return result.ToArray();
    }
}
