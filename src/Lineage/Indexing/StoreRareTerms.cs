using Lineage.Candidates;
using Lineage.Storage;

namespace Lineage.Indexing;

/// <summary>
/// The stored documents that may be a rewording of a traced document, by the scan's rule
/// (<see cref="RareTermFinder"/>) with the store's term postings standing for the corpus: of the
/// traced document's content terms, the <see cref="RareTermOptions.RareTerms"/> rarest among those
/// held by 2 … <see cref="RareTermOptions.MaxDocuments"/> documents (the traced one counted, the
/// stored copy of its very text not), and the stored documents holding at least
/// <see cref="RareTermOptions.MinShared"/> of them. Each term is probed for at most max + 1
/// postings, so a common word costs no more than a rare one. The publication window is the
/// caller's to check, on the documents it reads back.
/// </summary>
internal static class StoreRareTerms
{
    /// <summary>The candidates' keys and how many of the rare terms each holds, by key.</summary>
    public static SortedDictionary<long, int> Find(IIndexSession session, uint[] terms, long? exclude, RareTermOptions options)
    {
        var hits = new List<TermHit>();
        // A stored document frequency of max (the self copy left out) makes max + 1 with the traced document: too common.
        session.ProbeTerms(terms, options.MaxDocuments + (exclude is null ? 0 : 1), hits);
        hits.Sort(static (x, y) => x.Term != y.Term ? x.Term.CompareTo(y.Term) : x.Document.CompareTo(y.Document));

        var keyed = new List<ulong>();
        var starts = new Dictionary<uint, (int Start, int End)>();
        for (var start = 0; start < hits.Count;)
        {
            var end = start;
            var stored = 0;
            for (; end < hits.Count && hits[end].Term == hits[start].Term; end++)
                if (hits[end].Document != exclude) stored++;
            var frequency = stored + 1;
            if (frequency >= 2 && frequency <= options.MaxDocuments)
            {
                keyed.Add(((ulong)frequency << 32) | hits[start].Term);
                starts[hits[start].Term] = (start, end);
            }
            start = end;
        }
        keyed.Sort();

        var shared = new SortedDictionary<long, int>();
        for (var i = 0; i < Math.Min(options.RareTerms, keyed.Count); i++)
        {
            var (start, end) = starts[(uint)keyed[i]];
            for (var h = start; h < end; h++)
                if (hits[h].Document != exclude) shared[hits[h].Document] = shared.GetValueOrDefault(hits[h].Document) + 1;
        }
        var result = new SortedDictionary<long, int>();
        foreach (var (key, count) in shared)
            if (count >= options.MinShared) result[key] = count;
        return result;
    }
}
