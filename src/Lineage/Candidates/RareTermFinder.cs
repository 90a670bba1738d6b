namespace Lineage.Candidates;

/// <summary>
/// Document pairs that may be one a rewording of the other: a rewrite shares almost no run of
/// words with its source, but keeps its names, numbers and rarer words. Only one document of
/// each group of copies takes part (its representative: copies add nothing a rewrite could be
/// told apart by, and a widely reprinted story's words would otherwise be in too many documents
/// to count as rare). Each takes its <c>k</c> rarest content terms (<see cref="ContentTerms"/>)
/// among those in 2 … max documents (a term of one document pairs nobody; one in many is a
/// story's name or a common word) and looks them up in the postings of every term: a document
/// holding at least <c>m</c> of them is its candidate, when their dates (if both known) are
/// within a window. One side's rare terms are looked for in the other, not matched with the
/// other's own rarest, since a rewrite's rarest words are mostly those it put in. The work
/// follows the postings of rare terms and the pairs that share them, never all pairs of documents.
/// </summary>
public static class RareTermFinder
{
    private const int PartitionBits = 8;
    private const int Partitions = 1 << PartitionBits;

    /// <param name="terms">Each document's distinct content terms, sorted.</param>
    /// <param name="takesPart">Whether a document takes part (one of each group of copies).</param>
    /// <param name="published">Each document's publication day, when known.</param>
    public static CandidatePair[] Find(IReadOnlyList<uint[]> terms, IReadOnlyList<bool> takesPart, IReadOnlyList<DateOnly?> published, RareTermOptions options, ParallelOptions? parallel = null)
    {
        parallel ??= new ParallelOptions();
        var index = TermIndex.Build(terms, takesPart, options.MaxDocuments, parallel);
        var found = new List<CandidatePair>[terms.Count];
        Parallel.For(0, terms.Count, parallel, () => new Dictionary<int, int>(), (d, _, counts) =>
        {
            if (!takesPart[d]) return counts;
            counts.Clear();
            foreach (var term in Rarest(terms[d], index, options.RareTerms, options.MaxDocuments))
                foreach (var e in index.Postings(term))
                    if (e != d) counts[e] = counts.GetValueOrDefault(e) + 1;
            List<CandidatePair>? pairs = null;
            foreach (var (e, shared) in counts)
            {
                if (shared < options.MinShared || !WithinWindow(published[d], published[e], options.WindowDays)) continue;
                (pairs ??= []).Add(new CandidatePair(Math.Min(d, e), Math.Max(d, e), shared));
            }
            found[d] = pairs!;
            return counts;
        }, _ => { });
        return Distinct(found);
    }

    public static bool WithinWindow(DateOnly? a, DateOnly? b, int days) =>
        a is not { } x || b is not { } y || Math.Abs(x.DayNumber - y.DayNumber) <= days;

    /// <summary>The document's <paramref name="count"/> terms of lowest document frequency within 2 … <paramref name="maxDocuments"/>, ties by term.</summary>
    private static uint[] Rarest(uint[] terms, TermIndex index, int count, int maxDocuments)
    {
        var keyed = terms.Length <= 1024 ? stackalloc ulong[terms.Length] : new ulong[terms.Length];
        var n = 0;
        foreach (var t in terms)
        {
            var df = index.Frequency(t);
            if (df >= 2 && df <= maxDocuments) keyed[n++] = ((ulong)df << 32) | t;
        }
        var rare = keyed[..n];
        rare.Sort();
        var picked = new uint[Math.Min(count, n)];
        for (var i = 0; i < picked.Length; i++) picked[i] = (uint)rare[i];
        return picked;
    }

    /// <summary>Each pair once (both its documents may have found it), ordered by first document, then second.</summary>
    private static CandidatePair[] Distinct(List<CandidatePair>[] found)
    {
        var all = new List<CandidatePair>();
        foreach (var list in found)
            if (list is not null) all.AddRange(list);
        all.Sort(static (x, y) => x.A != y.A ? x.A.CompareTo(y.A) : x.B != y.B ? x.B.CompareTo(y.B) : y.SharedFingerprints.CompareTo(x.SharedFingerprints));
        var distinct = new List<CandidatePair>(all.Count);
        foreach (var pair in all)
            if (distinct.Count == 0 || distinct[^1].A != pair.A || distinct[^1].B != pair.B) distinct.Add(pair);
        return [.. distinct];
    }

    /// <summary>
    /// Document frequency of every term of the documents taking part, and the postings of the
    /// terms in 2 … max documents: every term partitioned by its top bits, each partition sorted,
    /// counted and filled on its own thread.
    /// </summary>
    internal sealed class TermIndex
    {
        private readonly uint[][] keys;
        private readonly int[][] frequencies;
        private readonly int[][] offsets;
        private readonly int[][] postings;

        private TermIndex(uint[][] keys, int[][] frequencies, int[][] offsets, int[][] postings)
        {
            this.keys = keys;
            this.frequencies = frequencies;
            this.offsets = offsets;
            this.postings = postings;
        }

        public int Frequency(uint term)
        {
            var p = (int)(term >> (32 - PartitionBits));
            var at = keys[p].AsSpan().BinarySearch(term);
            return at < 0 ? 0 : frequencies[p][at];
        }

        /// <summary>The documents holding a term, when it is in 2 … max documents; else none.</summary>
        public ReadOnlySpan<int> Postings(uint term)
        {
            var p = (int)(term >> (32 - PartitionBits));
            var at = keys[p].AsSpan().BinarySearch(term);
            return at < 0 ? [] : postings[p].AsSpan(offsets[p][at], offsets[p][at + 1] - offsets[p][at]);
        }

        public static TermIndex Build(IReadOnlyList<uint[]> terms, IReadOnlyList<bool> takesPart, int maxDocuments, ParallelOptions parallel)
        {
            var counts = new int[Partitions + 1];
            for (var d = 0; d < terms.Count; d++)
                if (takesPart[d])
                    foreach (var t in terms[d]) counts[Partition(t) + 1]++;
            for (var p = 0; p < Partitions; p++) counts[p + 1] += counts[p];
            var bounds = (int[])counts.Clone();
            var all = new uint[counts[Partitions]];
            for (var d = 0; d < terms.Count; d++)
                if (takesPart[d])
                    foreach (var t in terms[d]) all[counts[Partition(t)]++] = t;
            var keys = new uint[Partitions][];
            var frequencies = new int[Partitions][];
            Parallel.For(0, Partitions, parallel, p =>
            {
                var part = all.AsSpan(bounds[p], bounds[p + 1] - bounds[p]);
                part.Sort();
                var distinct = 0;
                for (var i = 0; i < part.Length; i++)
                    if (i == 0 || part[i] != part[i - 1]) distinct++;
                var k = new uint[distinct];
                var f = new int[distinct];
                var at = -1;
                for (var i = 0; i < part.Length; i++)
                {
                    if (i == 0 || part[i] != part[i - 1]) k[++at] = part[i];
                    f[at]++;
                }
                keys[p] = k;
                frequencies[p] = f;
            });
            all = [];

            // Postings of the terms that can pair documents, at offsets from their frequencies.
            var offsets = new int[Partitions][];
            var postings = new int[Partitions][];
            for (var p = 0; p < Partitions; p++)
            {
                var f = frequencies[p];
                var o = new int[f.Length + 1];
                for (var i = 0; i < f.Length; i++) o[i + 1] = o[i] + (f[i] >= 2 && f[i] <= maxDocuments ? f[i] : 0);
                offsets[p] = o;
                postings[p] = new int[o[^1]];
            }
            var fill = new int[Partitions][];
            for (var p = 0; p < Partitions; p++) fill[p] = (int[])offsets[p].Clone();
            // In parallel: the order within a posting list does not matter to a count.
            Parallel.For(0, terms.Count, parallel, d =>
            {
                if (!takesPart[d]) return;
                foreach (var t in terms[d])
                {
                    var p = Partition(t);
                    var at = keys[p].AsSpan().BinarySearch(t);
                    if (offsets[p][at + 1] > offsets[p][at]) postings[p][Interlocked.Increment(ref fill[p][at]) - 1] = d;
                }
            });
            return new TermIndex(keys, frequencies, offsets, postings);
        }

        private static int Partition(uint term) => (int)(term >> (32 - PartitionBits));
    }
}
