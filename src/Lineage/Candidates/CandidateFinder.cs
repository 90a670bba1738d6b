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

    /// <param name="parallel">The run's threads (<c>--threads</c>); all cores when null.</param>
    public static CandidatePair[] Find(IReadOnlyList<DocumentFingerprints> documents, FingerprintOptions options, ParallelOptions? parallel = null)
    {
        parallel ??= new ParallelOptions();
        var (hashes, owners, bounds) = Partition(documents);
        var pairLists = new long[Partitions][];
        Parallel.For(0, Partitions, parallel, p =>
        {
            var start = bounds[p];
            var length = bounds[p + 1] - start;
            var keys = hashes.AsSpan(start, length);
            var docs = owners.AsSpan(start, length);
            keys.Sort(docs);
            pairLists[p] = PairsOf(keys, docs, options.MaxDocumentFrequency);
        });
        return CountPairs(pairLists, options.MinSharedFingerprints, documents.Count, parallel);
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

    /// <summary>
    /// The pair keys of one partition's hash groups, in an array of exactly their number (counted
    /// first): a list grown by doubling would hold up to twice the keys, at the moment of a scan
    /// when memory is fullest.
    /// </summary>
    private static long[] PairsOf(ReadOnlySpan<ulong> hashes, ReadOnlySpan<int> owners, int maxDf)
    {
        long count = 0;
        for (var i = 0; i < hashes.Length;)
        {
            var group = GroupLength(hashes, i);
            if (group >= 2 && group <= maxDf) count += (long)group * (group - 1) / 2;
            i += group;
        }
        var pairs = new long[count];
        var at = 0;
        for (var i = 0; i < hashes.Length;)
        {
            var group = GroupLength(hashes, i);
            if (group >= 2 && group <= maxDf)
            {
                // Each document's hashes are distinct, so a group never repeats a document.
                var members = owners.Slice(i, group);
                for (var x = 0; x < group; x++)
                for (var y = x + 1; y < group; y++)
                {
                    var a = Math.Min(members[x], members[y]);
                    var b = Math.Max(members[x], members[y]);
                    pairs[at++] = ((long)a << 32) | (uint)b;
                }
            }
            i += group;
        }
        return pairs;
    }

    /// <summary>How many hashes from <paramref name="start"/> on equal the one there.</summary>
    private static int GroupLength(ReadOnlySpan<ulong> hashes, int start)
    {
        var end = start + 1;
        while (end < hashes.Length && hashes[end] == hashes[start]) end++;
        return end - start;
    }

    /// <summary>Buckets of first documents the pair keys are sorted and counted in, in parallel.</summary>
    private const int Buckets = 64;

    /// <summary>
    /// Pairs with at least <paramref name="minShared"/> keys, ordered by A then B. The keys (A in
    /// the high half) are scattered into buckets of consecutive A ranges, so sorting each bucket
    /// on its own, in parallel, and reading them in turn gives the order one sort of them all
    /// would: the largest sort of a scan was one thread's work.
    /// </summary>
    private static CandidatePair[] CountPairs(long[][] pairLists, int minShared, int documentCount, ParallelOptions parallel)
    {
        var shift = BucketShift(documentCount);
        var perList = new int[pairLists.Length, Buckets];
        Parallel.For(0, pairLists.Length, parallel, p =>
        {
            foreach (var key in pairLists[p]) perList[p, (int)(key >> shift)]++;
        });
        // Where each list writes into each bucket: buckets in order, lists in order inside a bucket.
        var bounds = new int[Buckets + 1];
        var offset = 0;
        for (var bucket = 0; bucket < Buckets; bucket++)
        {
            bounds[bucket] = offset;
            for (var p = 0; p < pairLists.Length; p++)
            {
                var count = perList[p, bucket];
                perList[p, bucket] = offset;
                offset += count;
            }
        }
        bounds[Buckets] = offset;
        var all = new long[offset];
        Parallel.For(0, pairLists.Length, parallel, p =>
        {
            foreach (var key in pairLists[p]) all[perList[p, (int)(key >> shift)]++] = key;
            pairLists[p] = [];
        });
        var found = new List<CandidatePair>[Buckets];
        Parallel.For(0, Buckets, parallel, bucket =>
        {
            var keys = all.AsSpan(bounds[bucket], bounds[bucket + 1] - bounds[bucket]);
            keys.Sort();
            var result = new List<CandidatePair>();
            var i = 0;
            while (i < keys.Length)
            {
                var j = i + 1;
                while (j < keys.Length && keys[j] == keys[i]) j++;
                if (j - i >= minShared) result.Add(new CandidatePair((int)(keys[i] >> 32), (int)(keys[i] & 0xFFFFFFFF), j - i));
                i = j;
            }
            found[bucket] = result;
        });
        var total = 0;
        foreach (var list in found) total += list.Count;
        var candidates = new CandidatePair[total];
        total = 0;
        foreach (var list in found)
        {
            list.CopyTo(candidates, total);
            total += list.Count;
        }
        return candidates;
    }

    /// <summary>The shift that takes a pair key (A in the high half) to its bucket: A's top bits, the largest A in bucket 63 or lower.</summary>
    private static int BucketShift(int documentCount)
    {
        var shift = 32;
        while (((long)Math.Max(0, documentCount - 1) >> (shift - 32)) >= Buckets) shift++;
        return shift;
    }
}
