using System.Diagnostics.CodeAnalysis;

namespace Lineage.Clustering;

/// <summary>The spelling of a term (a word's folded form, a name's commonest spelling), when it is one of those asked about.</summary>
internal delegate bool TermSpelling(ulong term, [MaybeNullWhen(false)] out string spelling);

/// <summary>
/// A story's most telling terms, names first (weighted half as much again), in each name's most
/// common spelling, leaving out a term contained in one already chosen. One pass over the story's
/// centroid: time linear in its terms, however many stories the corpus has.
/// </summary>
internal static class StoryKeywords
{
    private const int Count = 8;
    private const int Shortlist = 32;
    private const double NameBoost = 1.5;

    public static List<string> Of(ReadOnlySpan<(ulong Term, double Weight)> centroid, TermSpelling words, TermSpelling names)
    {
        // The heaviest terms, enough to fill the keywords after containment, in a heap whose root
        // is the last kept; then in order. Terms that tie on score and spelling show the same
        // keyword, so which of them is kept changes nothing.
        var heap = shortlistHeap ??= new PriorityQueue<string, (string Term, double Score)>(Shortlist + 1, Later);
        heap.Clear();
        // A term's spelling is looked up (in tables of every word of the corpus) only when its score
        // can reach the shortlist: at least the weight of the shortlist's lightest word, so most of a
        // large story's terms are passed over by their weight alone (every term of a centroid is a
        // counted word or a name, so each has a spelling and all compete for the shortlist). Those
        // left are met heaviest first, so once the shortlist is full and a term even boosted as a
        // name scores below its last, no term after it can enter: the rest are not looked up.
        var floor = ShortlistFloor(centroid);
        var candidates = candidateBuffer ??= [];
        candidates.Clear();
        foreach (var (term, weight) in centroid)
            if (weight * NameBoost >= floor) candidates.Add((term, weight));
        candidates.Sort(static (x, y) => y.Weight.CompareTo(x.Weight));
        foreach (var (term, weight) in candidates)
        {
            if (heap.Count == Shortlist)
            {
                heap.TryPeek(out _, out var lightest);
                if (weight * NameBoost < lightest.Score) break;
            }
            var isName = names(term, out var name);
            string? word = null;
            if (!isName && !words(term, out word)) continue;
            var shown = isName ? name! : word!;
            var score = weight * (isName ? NameBoost : 1);
            if (heap.Count == Shortlist)
            {
                heap.TryPeek(out _, out var last);
                if (!Before(score, shown, last)) continue;
                heap.DequeueEnqueue(shown, (shown, score));
            }
            else heap.Enqueue(shown, (shown, score));
        }
        var top = new (string Term, double Score)[heap.Count];
        for (var k = top.Length - 1; k >= 0; k--)
        {
            heap.TryDequeue(out _, out var entry);
            top[k] = entry;
        }
        var keywords = new List<string>(Count);
        foreach (var (word, _) in top)
        {
            var contained = false;
            foreach (var k in keywords)
                if (k.Contains(word, StringComparison.OrdinalIgnoreCase) || word.Contains(k, StringComparison.OrdinalIgnoreCase)) { contained = true; break; }
            if (contained) continue;
            keywords.Add(word);
            if (keywords.Count == Count) break;
        }
        return keywords;
    }

    /// <summary>
    /// The <see cref="Shortlist"/>-th heaviest weight of the centroid (0 when it has fewer terms):
    /// that many terms score at least this as words, so a term whose score, boosted as a name, stays
    /// below it cannot be shortlisted.
    /// </summary>
    private static double ShortlistFloor(ReadOnlySpan<(ulong Term, double Weight)> centroid)
    {
        if (centroid.Length < Shortlist) return 0;
        var lightest = floorHeap ??= new PriorityQueue<double, double>(Shortlist + 1);
        lightest.Clear();
        foreach (var (_, weight) in centroid)
        {
            if (lightest.Count < Shortlist) lightest.Enqueue(weight, weight);
            else if (weight > lightest.Peek()) lightest.DequeueEnqueue(weight, weight);
        }
        return lightest.Peek();
    }

    /// <summary>The heaps of <see cref="Of"/> and <see cref="ShortlistFloor"/>, one a thread, used again for each story.</summary>
    [ThreadStatic]
    private static PriorityQueue<string, (string Term, double Score)>? shortlistHeap;

    [ThreadStatic]
    private static PriorityQueue<double, double>? floorHeap;

    /// <summary>The terms whose boosted weight reaches the floor, for one thread's stories one at a time.</summary>
    [ThreadStatic]
    private static List<(ulong Term, double Weight)>? candidateBuffer;

    /// <summary>Orders the heap with the term that would come last at its root.</summary>
    private static readonly Comparer<(string Term, double Score)> Later = Comparer<(string Term, double Score)>.Create(
        static (x, y) => Before(x.Score, x.Term, y) ? 1 : Before(y.Score, y.Term, x) ? -1 : 0);

    private static bool Before(double score, string term, (string Term, double Score) other) =>
        score > other.Score || (score == other.Score && string.CompareOrdinal(term, other.Term) < 0);
}
