using Lineage.Clustering;

namespace Lineage.Tests.Clustering;

/// <summary>
/// The candidate search the quote clusterer used before prefix filtering, kept as the reference:
/// every holder of every bigram held by at most <see cref="MaxPostings"/> wordings is walked and
/// the bigrams each pair shares are counted.
/// </summary>
internal static class CountingWordingSearch
{
    private const int MaxPostings = 200;

    /// <summary>
    /// Unions the wordings that are variants of each other. Candidates share a word bigram held by
    /// at most <see cref="MaxPostings"/> wordings, and are compared only when they share enough
    /// bigrams to pass <see cref="QuoteWordings"/> at all (<see cref="BigramsNeeded"/>), so the
    /// quadratic comparison runs on few pairs.
    /// </summary>
    public static UnionFind Sets(IReadOnlyList<int[]> coded, ParallelOptions? parallel = null, int blockWordings = BlockWordings)
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
}
