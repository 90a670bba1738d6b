using Lineage.Candidates;
using Lineage.Storage;
using Lineage.Text;

namespace Lineage.Indexing;

/// <summary>
/// The stored documents that may be a rewording of a traced document, or the text it rewords, by
/// the scan's rule (<see cref="RareTermFinder"/>) with the store's term postings standing for the
/// corpus and the traced document counted in it. One side's <see cref="RareTermOptions.RareTerms"/>
/// rarest content terms among those held by 2 … <see cref="RareTermOptions.MaxDocuments"/>
/// documents, at least <see cref="RareTermOptions.MinShared"/> of them held by the other side,
/// make a candidate, looked at from both sides as a scan looks: the traced document's rarest
/// terms in the stored documents, and a stored document's rarest terms in the traced one. The
/// second matters most when the traced text is the rewrite: its rarest words are mostly those it
/// put in, while its source's rarest words are the story's, which it kept. Each term is probed
/// for at most max + 1 postings, so a common word costs no more than a rare one; the stored side
/// is looked at for the <see cref="MaxStoredSides"/> documents sharing most of the traced one's
/// terms. The publication window is the caller's to check, on the documents it reads back.
/// </summary>
internal static class StoreRareTerms
{
    /// <summary>
    /// Stored documents whose own rarest terms are looked for in the traced one, those sharing
    /// most of its terms first: each costs a read, a tokenizing and a probe of its terms.
    /// </summary>
    public const int MaxStoredSides = 32;

    /// <summary>The candidates' keys, in order.</summary>
    public static SortedSet<long> Find(IIndexSession session, uint[] terms, long? exclude, RareTermOptions options, ParallelOptions parallel)
    {
        var frequencies = new Dictionary<uint, int>();
        var hits = Probe(session, terms, exclude, options, frequencies);
        var holders = new Dictionary<uint, List<long>>();
        foreach (var hit in hits)
        {
            if (!holders.TryGetValue(hit.Term, out var list)) holders[hit.Term] = list = [];
            list.Add(hit.Document);
        }

        // The traced document's rarest terms, in the stored documents.
        var result = new SortedSet<long>();
        var shared = new Dictionary<long, int>();
        foreach (var term in Rarest(terms, t => frequencies[t] + 1, options))
            foreach (var d in holders.GetValueOrDefault(term) ?? [])
                shared[d] = shared.GetValueOrDefault(d) + 1;
        foreach (var (key, count) in shared)
            if (count >= options.MinShared) result.Add(key);

        // A stored document's rarest terms, in the traced one: only a document sharing at least the
        // minimum of the traced one's terms in 2 … max documents can hold that many of its own rarest.
        var overlap = new Dictionary<long, int>();
        foreach (var (term, list) in holders)
            if (frequencies[term] + 1 <= options.MaxDocuments)
                foreach (var d in list) overlap[d] = overlap.GetValueOrDefault(d) + 1;
        var sides = new List<(long Key, int Shared)>();
        foreach (var (key, count) in overlap)
            if (count >= options.MinShared && !result.Contains(key)) sides.Add((key, count));
        sides.Sort(static (x, y) => x.Shared != y.Shared ? y.Shared.CompareTo(x.Shared) : x.Key.CompareTo(y.Key));
        if (sides.Count > MaxStoredSides) sides.RemoveRange(MaxStoredSides, sides.Count - MaxStoredSides);
        var keys = new List<long>(sides.Count);
        foreach (var s in sides) keys.Add(s.Key);
        var stored = session.Documents(keys);
        var storedTerms = new uint[stored.Count][];
        Parallel.For(0, stored.Count, parallel, i => storedTerms[i] = ContentTerms.Of(Tokenizer.Tokenize(StoredArticle.ToArticle(stored[i]).Content)));
        for (var i = 0; i < stored.Count; i++)
        {
            var own = storedTerms[i];
            var unknown = new List<uint>();
            foreach (var t in own)
                if (!frequencies.ContainsKey(t)) unknown.Add(t);
            Probe(session, [.. unknown], exclude, options, frequencies);
            // The traced document is one of the documents holding a term it has.
            var held = 0;
            foreach (var term in Rarest(own, t => frequencies[t] + (Array.BinarySearch(terms, t) >= 0 ? 1 : 0), options))
                if (Array.BinarySearch(terms, term) >= 0) held++;
            if (held >= options.MinShared) result.Add(stored[i].Key);
        }
        return result;
    }

    /// <summary>The stored documents holding each term (the copy of the traced text left out), and each term's count of them: past max + 1, more than the rule can take.</summary>
    private static List<TermHit> Probe(IIndexSession session, uint[] terms, long? exclude, RareTermOptions options, Dictionary<uint, int> frequencies)
    {
        var hits = new List<TermHit>();
        // One posting past max (the copy of the traced text aside) tells a term too common on either side from one that is not.
        session.ProbeTerms(terms, options.MaxDocuments + 1 + (exclude is null ? 0 : 1), hits);
        foreach (var t in terms) frequencies[t] = 0;
        var kept = new List<TermHit>(hits.Count);
        foreach (var hit in hits)
        {
            if (hit.Document == exclude) continue;
            frequencies[hit.Term]++;
            kept.Add(hit);
        }
        return kept;
    }

    /// <summary>The <see cref="RareTermOptions.RareTerms"/> terms of lowest document frequency within 2 … max, ties by term (as <see cref="RareTermFinder"/> picks them).</summary>
    private static List<uint> Rarest(uint[] terms, Func<uint, int> frequency, RareTermOptions options)
    {
        var keyed = new List<ulong>(terms.Length);
        foreach (var t in terms)
        {
            var df = frequency(t);
            if (df >= 2 && df <= options.MaxDocuments) keyed.Add(((ulong)df << 32) | t);
        }
        keyed.Sort();
        var rarest = new List<uint>(Math.Min(options.RareTerms, keyed.Count));
        for (var i = 0; i < Math.Min(options.RareTerms, keyed.Count); i++) rarest.Add((uint)keyed[i]);
        return rarest;
    }
}
