namespace Lineage.Clustering;

/// <summary>
/// Groups quotations that are the same quote in different wordings, after MemeTracker (Leskovec,
/// Backstrom &amp; Kleinberg 2009): two quotes belong together when they share a run of at least
/// ten consecutive words (or the whole of the shorter one), or differ by few words. Candidate
/// pairs come from shared word bigrams, so the work follows the quotes that could match; a
/// wording repeated by copies is compared once.
/// </summary>
public static class QuoteClusterer
{
    private const int MaxPostings = 200;

    public static IReadOnlyList<QuoteCluster> Cluster(IReadOnlyList<QuoteOccurrence> quotes, ParallelOptions? parallel = null)
    {
        // Words as numbers, so comparing two wordings compares ints; copies repeat quotations word
        // for word, so each wording is clustered once.
        var words = new QuoteVocabulary();
        var wordingOf = new Dictionary<int[], int>(WordingKey.Comparer);
        var wordings = new List<int[]>();
        var occurrenceWording = new int[quotes.Count];
        for (var i = 0; i < quotes.Count; i++)
        {
            var coded = words.Code(quotes[i].Text);
            if (!wordingOf.TryGetValue(coded, out var w))
            {
                wordingOf[coded] = w = wordings.Count;
                wordings.Add(coded);
            }
            occurrenceWording[i] = w;
        }

        var sets = WordingSets(wordings, parallel);
        var members = new Dictionary<int, List<int>>();
        for (var i = 0; i < quotes.Count; i++)
        {
            var root = sets.Find(occurrenceWording[i]);
            if (!members.TryGetValue(root, out var list)) members[root] = list = [];
            list.Add(i);
        }

        // Most documents first, then most occurrences, then first occurrence in the corpus.
        var ranked = new List<(int Documents, int Occurrences, int First, QuoteCluster Cluster)>(members.Count);
        var documents = new HashSet<int>();
        foreach (var group in members.Values)
        {
            documents.Clear();
            foreach (var q in group) documents.Add(quotes[q].Document);
            ranked.Add((documents.Count, group.Count, group[0], new QuoteCluster(0, Variants(group, quotes, occurrenceWording, wordings, words))));
        }
        ranked.Sort(static (a, b) =>
            a.Documents != b.Documents ? b.Documents.CompareTo(a.Documents)
            : a.Occurrences != b.Occurrences ? b.Occurrences.CompareTo(a.Occurrences)
            : a.First.CompareTo(b.First));
        var clusters = new List<QuoteCluster>(ranked.Count);
        foreach (var entry in ranked) clusters.Add(entry.Cluster);
        for (var i = 0; i < clusters.Count; i++) clusters[i] = clusters[i] with { Id = i + 1 };
        return clusters;
    }

    /// <summary><see cref="WordingSets(IReadOnlyList{int[]})"/> of wordings given as words.</summary>
    internal static UnionFind WordingSets(IReadOnlyList<string[]> wordings, ParallelOptions? parallel = null, int blockWordings = BlockWordings)
    {
        var wordIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var coded = new int[wordings.Count][];
        for (var w = 0; w < wordings.Count; w++)
        {
            var codes = coded[w] = new int[wordings[w].Length];
            for (var k = 0; k < codes.Length; k++)
            {
                if (!wordIds.TryGetValue(wordings[w][k], out var code)) wordIds[wordings[w][k]] = code = wordIds.Count;
                codes[k] = code;
            }
        }
        return WordingSets(coded, parallel, blockWordings);
    }

    /// <summary>
    /// Unions the wordings that are variants of each other. Candidates share a word bigram held by
    /// at most <see cref="MaxPostings"/> wordings, and are compared only when they share enough
    /// bigrams to pass <see cref="QuoteWordings"/> at all (<see cref="BigramsNeeded"/>), so the
    /// quadratic comparison runs on few pairs.
    /// </summary>
    internal static UnionFind WordingSets(IReadOnlyList<int[]> coded, ParallelOptions? parallel = null, int blockWordings = BlockWordings)
    {
        var n = coded.Count;
        // Each wording's distinct bigrams, numbered, and how many wordings hold each.
        var bigramIds = new Dictionary<long, int>(BigramKey.Comparer);
        var holderCount = new List<int>();
        var lastHolder = new List<int>();
        var bigramsOf = new int[n][];
        var repeats = new bool[n];
        var own = new List<int>();
        for (var w = 0; w < n; w++)
        {
            var words = coded[w];
            own.Clear();
            for (var k = 0; k + 1 < words.Length; k++)
            {
                var key = ((long)words[k] << 32) | (uint)words[k + 1];
                if (!bigramIds.TryGetValue(key, out var id))
                {
                    bigramIds[key] = id = holderCount.Count;
                    holderCount.Add(0);
                    lastHolder.Add(-1);
                }
                if (lastHolder[id] == w)
                {
                    repeats[w] = true;
                    continue;
                }
                lastHolder[id] = w;
                own.Add(id);
                holderCount[id]++;
            }
            bigramsOf[w] = own.ToArray();
        }
        // The wordings holding each bigram, in wording order, all in one array (compressed rows).
        var bigrams = holderCount.Count;
        var holdersStart = new int[bigrams + 1];
        for (var id = 0; id < bigrams; id++) holdersStart[id + 1] = holdersStart[id] + holderCount[id];
        var holders = new int[holdersStart[bigrams]];
        var fill = holdersStart[..bigrams];
        for (var w = 0; w < n; w++)
            foreach (var id in bigramsOf[w]) holders[fill[id]++] = w;
        // Bigrams held by too many wordings pair nothing, but they count towards what a pair shares.
        var isCommon = new bool[bigrams];
        for (var id = 0; id < bigrams; id++) isCommon[id] = holderCount[id] > MaxPostings;
        var commonOf = new int[n][];
        // Counted apart from the lists, so the pairs ruled out at once never touch a list.
        var commonCount = new int[n];
        var lengths = new int[n];
        for (var w = 0; w < n; w++)
        {
            lengths[w] = coded[w].Length;
            own.Clear();
            foreach (var id in bigramsOf[w])
                if (isCommon[id]) own.Add(id);
            own.Sort();
            commonOf[w] = own.Count == 0 ? [] : own.ToArray();
            commonCount[w] = own.Count;
        }

        var fewestInRun = new int[n];
        for (var w = 0; w < n; w++)
            fewestInRun[w] = repeats[w] ? FewestDistinctBigrams(coded[w], QuoteWordings.SharedRun) : QuoteWordings.SharedRun - 1;

        // Each wording's earlier variants are found apart from the others' (on the run's threads, in
        // blocks of wordings); the pairs found are then joined in order, so the sets do not depend on
        // the threads.
        var blocks = (n + blockWordings - 1) / blockWordings;
        var found = new List<(int, int)>?[blocks];
        Parallel.For(0, blocks, parallel ?? new ParallelOptions(), () => new Candidates(n), (block, _, candidates) =>
        {
            var shared = candidates.Shared;
            var touched = candidates.Touched;
            List<(int, int)>? variants = null;
            for (int i = block * blockWordings, last = Math.Min(n, i + blockWordings); i < last; i++)
            {
                foreach (var id in bigramsOf[i])
                {
                    if (isCommon[id]) continue;
                    // Holders are in wording order: only the earlier wordings are i's candidates.
                    for (int h = holdersStart[id], end = holdersStart[id + 1]; h < end; h++)
                    {
                        var j = holders[h];
                        if (j >= i) break;
                        if (shared[j]++ == 0) touched.Add(j);
                    }
                }
                foreach (var j in touched)
                {
                    var count = shared[j];
                    shared[j] = 0;
                    if (IsVariantPair(i, j, count, coded, lengths, bigramsOf, commonOf, commonCount, repeats, fewestInRun)) (variants ??= []).Add((i, j));
                }
                touched.Clear();
            }
            found[block] = variants;
            return candidates;
        }, static _ => { });
        var sets = new UnionFind(n);
        foreach (var variants in found)
            if (variants is not null)
                foreach (var (i, j) in variants) sets.Union(i, j);
        return sets;
    }

    /// <summary>Wordings a block of the candidate search takes: enough to share out, few enough that no block holds the rest up.</summary>
    private const int BlockWordings = 2048;

    /// <summary>What one thread of the candidate search counts with: shared bigrams by earlier wording, and the wordings counted.</summary>
    private sealed class Candidates(int wordings)
    {
        public int[] Shared { get; } = new int[wordings];

        public List<int> Touched { get; } = [];
    }

    /// <summary>
    /// Whether wordings i and j, sharing <paramref name="count"/> bigrams that are not common, are
    /// variants: the bigram counts rule most pairs out before any word-by-word comparison.
    /// </summary>
    private static bool IsVariantPair(int i, int j, int count, IReadOnlyList<int[]> coded, int[] lengths, int[][] bigramsOf, int[][] commonOf, int[] commonCount, bool[] repeats, int[] fewestInRun)
    {
        if (repeats[i] || repeats[j])
        {
            // A repeated bigram counts once however often the run holds it, so the counts
            // of quotes without one do not apply; the bounds of RepeatedBigramsNeeded do.
            var repeatedNeeded = RepeatedBigramsNeeded(i, j, lengths, bigramsOf, fewestInRun);
            if (count + Math.Min(commonCount[i], commonCount[j]) < repeatedNeeded) return false;
            if (count < repeatedNeeded) count += CommonShared(commonOf[i], commonOf[j]);
            return count >= repeatedNeeded && QuoteWordings.AreVariants<int>(coded[i], coded[j]);
        }
        var needed = BigramsNeeded.For(lengths[i], lengths[j]);
        if (count + Math.Min(commonCount[i], commonCount[j]) < needed.Fewest) return false;
        if (count < needed.Most) count += CommonShared(commonOf[i], commonOf[j]);
        // Each test runs only when the pair shares the bigrams it needs.
        bool tryRun = count >= needed.ByRun, tryEdits = needed.EditsPossible && count >= needed.ByEdits;
        return (tryRun || tryEdits) && QuoteWordings.AreVariants<int>(coded[i], coded[j], tryRun, tryEdits);
    }

    /// <summary>
    /// Distinct bigrams two quotes, one of them with a repeated bigram, must share to be variants.
    /// A shared run of <see cref="QuoteWordings.SharedRun"/> words (or the whole shorter quote) holds at least as
    /// many distinct bigrams as the fewest any such run of either quote holds; k word edits leave at
    /// least the shorter quote's distinct bigrams less two an edit. The smaller bound of the tests
    /// that can pass rules out the rest without comparing them word by word.
    /// </summary>
    private static int RepeatedBigramsNeeded(int i, int j, int[] lengths, int[][] bigramsOf, int[] fewestInRun)
    {
        var s = lengths[i] <= lengths[j] ? i : j;
        var shorter = lengths[s];
        var byRun = shorter < QuoteWordings.SharedRun ? bigramsOf[s].Length : Math.Max(fewestInRun[i], fewestInRun[j]);
        var edits = QuoteWordings.MaxEdits(shorter);
        if (Math.Abs(lengths[i] - lengths[j]) > edits) return byRun;
        return Math.Min(byRun, Math.Max(0, bigramsOf[s].Length - 2 * edits));
    }

    /// <summary>The fewest distinct bigrams in any run of <paramref name="run"/> consecutive words (all of them when the quote is shorter).</summary>
    internal static int FewestDistinctBigrams(int[] words, int run)
    {
        var distinct = new HashSet<long>(BigramKey.Comparer);
        if (words.Length <= run)
        {
            for (var k = 0; k + 1 < words.Length; k++) distinct.Add(((long)words[k] << 32) | (uint)words[k + 1]);
            return distinct.Count;
        }
        var fewest = int.MaxValue;
        for (var start = 0; start + run <= words.Length; start++)
        {
            distinct.Clear();
            for (var k = start; k + 1 < start + run; k++) distinct.Add(((long)words[k] << 32) | (uint)words[k + 1]);
            fewest = Math.Min(fewest, distinct.Count);
        }
        return fewest;
    }

    /// <summary>How many bigrams two sorted lists of bigrams held by too many wordings share.</summary>
    private static int CommonShared(int[] x, int[] y)
    {
        var count = 0;
        for (int i = 0, j = 0; i < x.Length && j < y.Length;)
        {
            if (x[i] < y[j]) i++;
            else if (x[i] > y[j]) j++;
            else
            {
                count++;
                i++;
                j++;
            }
        }
        return count;
    }

    /// <summary>
    /// Distinct bigrams two quotes without a repeated bigram must share to be variants: a shared run
    /// of m words holds m − 1 (<see cref="ByRun"/>); k word edits, possible only when the lengths
    /// differ by at most k, break at most two each of the shorter quote's s − 1 bigrams
    /// (<see cref="ByEdits"/>).
    /// </summary>
    internal readonly record struct BigramsNeeded(int ByRun, int ByEdits, bool EditsPossible)
    {
        /// <summary>The fewest shared bigrams with which either test can pass.</summary>
        public int Fewest => EditsPossible ? Math.Min(ByRun, ByEdits) : ByRun;

        /// <summary>Shared bigrams past which counting more changes nothing: both tests that can pass may run.</summary>
        public int Most => EditsPossible ? Math.Max(ByRun, ByEdits) : ByRun;

        public static BigramsNeeded For(int lengthA, int lengthB)
        {
            var shorter = Math.Min(lengthA, lengthB);
            var edits = QuoteWordings.MaxEdits(shorter);
            return new BigramsNeeded(
                Math.Max(1, Math.Min(QuoteWordings.SharedRun, shorter) - 1),
                Math.Max(1, shorter - 1 - 2 * edits),
                Math.Abs(lengthA - lengthB) <= edits);
        }
    }

    public static int DocumentCount(QuoteCluster cluster) => cluster.Occurrences.Select(o => o.Document).Distinct().Count();

    private static List<QuoteVariant> Variants(List<int> group, IReadOnlyList<QuoteOccurrence> quotes, int[] occurrenceWording, List<int[]> wordings, QuoteVocabulary words)
    {
        // Most quotes stand alone: one wording, nothing differing.
        if (group.Count == 1) return [new QuoteVariant(quotes[group[0]].Text, [quotes[group[0]]], [])];
        var byWording = new Dictionary<int, List<int>>();
        foreach (var q in group)
        {
            if (!byWording.TryGetValue(occurrenceWording[q], out var list)) byWording[occurrenceWording[q]] = list = [];
            list.Add(q);
        }
        var variantsOf = byWording.Values.ToList();
        variantsOf.Sort((a, b) => b.Count != a.Count ? b.Count.CompareTo(a.Count) : wordings[occurrenceWording[a[0]]].Length.CompareTo(wordings[occurrenceWording[b[0]]].Length));
        var variants = new List<QuoteVariant>(variantsOf.Count);
        for (var v = 0; v < variantsOf.Count; v++)
        {
            var own = wordings[occurrenceWording[variantsOf[v][0]]];
            var other = variantsOf.Count == 1 ? own : wordings[occurrenceWording[variantsOf[v == 0 ? 1 : 0][0]]];
            var otherSet = new HashSet<int>(other);
            var differing = new List<string>();
            var listed = new HashSet<int>();
            foreach (var w in own)
                if (!otherSet.Contains(w) && listed.Add(w)) differing.Add(words.Text(w));
            var occurrences = new List<QuoteOccurrence>(variantsOf[v].Count);
            foreach (var q in variantsOf[v]) occurrences.Add(quotes[q]);
            variants.Add(new QuoteVariant(quotes[variantsOf[v][0]].Text, occurrences, differing));
        }
        return variants;
    }
}
