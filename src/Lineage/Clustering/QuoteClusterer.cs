using Lineage.Text;

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
    private const int SharedRun = 10;
    private const int MaxPostings = 200;

    public static IReadOnlyList<QuoteCluster> Cluster(IReadOnlyList<QuoteOccurrence> quotes)
    {
        // Copies repeat quotations word for word: cluster each wording once.
        var wordingOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var wordings = new List<string[]>();
        var occurrenceWording = new int[quotes.Count];
        for (var i = 0; i < quotes.Count; i++)
        {
            var folded = Folded(quotes[i].Text);
            var key = string.Join(' ', folded);
            if (!wordingOf.TryGetValue(key, out var w))
            {
                wordingOf[key] = w = wordings.Count;
                wordings.Add(folded);
            }
            occurrenceWording[i] = w;
        }

        var sets = WordingSets(wordings);
        var members = new Dictionary<int, List<int>>();
        for (var i = 0; i < quotes.Count; i++)
        {
            var root = sets.Find(occurrenceWording[i]);
            if (!members.TryGetValue(root, out var list)) members[root] = list = [];
            list.Add(i);
        }
        var words = new string[quotes.Count][];
        for (var i = 0; i < quotes.Count; i++) words[i] = wordings[occurrenceWording[i]];

        // Most documents first, then most occurrences, then first occurrence in the corpus.
        var ranked = new List<(int Documents, int Occurrences, int First, QuoteCluster Cluster)>(members.Count);
        var documents = new HashSet<int>();
        foreach (var group in members.Values)
        {
            documents.Clear();
            foreach (var q in group) documents.Add(quotes[q].Document);
            ranked.Add((documents.Count, group.Count, group[0], new QuoteCluster(0, Variants(group, quotes, words))));
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

    /// <summary>
    /// Unions the wordings that are variants of each other. Candidates share a word bigram held by
    /// at most <see cref="MaxPostings"/> wordings, and are compared only when they share enough
    /// bigrams to pass <see cref="AreVariants"/> at all (<see cref="SharedBigramsNeeded"/>), so the
    /// quadratic comparison runs on few pairs.
    /// </summary>
    internal static UnionFind WordingSets(IReadOnlyList<string[]> wordings)
    {
        // Words as numbers, so comparing two wordings compares ints.
        var wordIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var coded = new int[wordings.Count][];
        for (var w = 0; w < wordings.Count; w++)
        {
            var words = wordings[w];
            var codes = coded[w] = new int[words.Length];
            for (var k = 0; k < words.Length; k++)
            {
                if (!wordIds.TryGetValue(words[k], out var code)) wordIds[words[k]] = code = wordIds.Count;
                codes[k] = code;
            }
        }

        var bigramIds = new Dictionary<long, int>();
        var postings = new List<List<int>>();
        var bigramsOf = new int[wordings.Count][];
        var repeats = new bool[wordings.Count];
        var seen = new HashSet<int>();
        for (var w = 0; w < wordings.Count; w++)
        {
            var words = coded[w];
            seen.Clear();
            var own = new List<int>(Math.Max(0, words.Length - 1));
            for (var k = 0; k + 1 < words.Length; k++)
            {
                var key = ((long)words[k] << 32) | (uint)words[k + 1];
                if (!bigramIds.TryGetValue(key, out var id))
                {
                    bigramIds[key] = id = postings.Count;
                    postings.Add([]);
                }
                if (!seen.Add(id))
                {
                    repeats[w] = true;
                    continue;
                }
                own.Add(id);
                postings[id].Add(w);
            }
            bigramsOf[w] = own.ToArray();
        }
        var sortedBigrams = new int[wordings.Count][];
        for (var w = 0; w < wordings.Count; w++)
        {
            sortedBigrams[w] = (int[])bigramsOf[w].Clone();
            Array.Sort(sortedBigrams[w]);
        }
        // Bigrams held by too many wordings pair nothing, but they count towards what a pair shares.
        var holders = new int[postings.Count][];
        var isCommon = new bool[postings.Count];
        for (var id = 0; id < postings.Count; id++)
        {
            holders[id] = postings[id].ToArray();
            isCommon[id] = holders[id].Length > MaxPostings;
        }
        var common = new int[wordings.Count];
        var lengths = new int[wordings.Count];
        for (var w = 0; w < wordings.Count; w++)
        {
            lengths[w] = coded[w].Length;
            foreach (var id in bigramsOf[w])
                if (isCommon[id]) common[w]++;
        }

        var fewestInRun = new int[wordings.Count];
        for (var w = 0; w < wordings.Count; w++)
            fewestInRun[w] = repeats[w] ? FewestDistinctBigrams(coded[w], SharedRun) : SharedRun - 1;

        var sets = new UnionFind(wordings.Count);
        var shared = new int[wordings.Count];
        var touched = new List<int>();
        for (var i = 0; i < wordings.Count; i++)
        {
            foreach (var id in bigramsOf[i])
            {
                if (isCommon[id]) continue;
                // Postings are in wording order: only the earlier wordings are i's candidates.
                foreach (var j in holders[id])
                {
                    if (j >= i) break;
                    if (shared[j]++ == 0) touched.Add(j);
                }
            }
            foreach (var j in touched)
            {
                var count = shared[j];
                shared[j] = 0;
                if (repeats[i] || repeats[j])
                {
                    // A repeated bigram counts once however often the run holds it, so the counts
                    // of quotes without one do not apply; the bounds of RepeatedBigramsNeeded do.
                    if (count + Math.Min(common[i], common[j]) < RepeatedBigramsNeeded(i, j, lengths, bigramsOf, fewestInRun)) continue;
                    if (sets.Find(i) != sets.Find(j) && AreVariants<int>(coded[i], coded[j])) sets.Union(i, j);
                    continue;
                }
                var needed = BigramsNeeded.For(lengths[i], lengths[j]);
                if (count + Math.Min(common[i], common[j]) < needed.Fewest) continue;
                if (count < needed.Most && common[i] > 0 && common[j] > 0) count += CommonShared(sortedBigrams[i], sortedBigrams[j], isCommon);
                // Each test runs only when the pair shares the bigrams it needs.
                bool tryRun = count >= needed.ByRun, tryEdits = needed.EditsPossible && count >= needed.ByEdits;
                if ((tryRun || tryEdits) && sets.Find(i) != sets.Find(j) && AreVariants<int>(coded[i], coded[j], tryRun, tryEdits))
                    sets.Union(i, j);
            }
            touched.Clear();
        }
        return sets;
    }

    /// <summary>
    /// Distinct bigrams two quotes, one of them with a repeated bigram, must share to be variants.
    /// A shared run of <see cref="SharedRun"/> words (or the whole shorter quote) holds at least as
    /// many distinct bigrams as the fewest any such run of either quote holds; k word edits leave at
    /// least the shorter quote's distinct bigrams less two an edit. The smaller bound of the tests
    /// that can pass rules out the rest without comparing them word by word.
    /// </summary>
    private static int RepeatedBigramsNeeded(int i, int j, int[] lengths, int[][] bigramsOf, int[] fewestInRun)
    {
        var s = lengths[i] <= lengths[j] ? i : j;
        var shorter = lengths[s];
        var byRun = shorter < SharedRun ? bigramsOf[s].Length : Math.Max(fewestInRun[i], fewestInRun[j]);
        var edits = MaxEdits(shorter);
        if (Math.Abs(lengths[i] - lengths[j]) > edits) return byRun;
        return Math.Min(byRun, Math.Max(0, bigramsOf[s].Length - 2 * edits));
    }

    /// <summary>The fewest distinct bigrams in any run of <paramref name="run"/> consecutive words (all of them when the quote is shorter).</summary>
    internal static int FewestDistinctBigrams(int[] words, int run)
    {
        var distinct = new HashSet<long>();
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

    /// <summary>How many bigrams held by too many wordings two sorted bigram lists share.</summary>
    private static int CommonShared(int[] x, int[] y, bool[] isCommon)
    {
        var count = 0;
        for (int i = 0, j = 0; i < x.Length && j < y.Length;)
        {
            if (x[i] < y[j]) i++;
            else if (x[i] > y[j]) j++;
            else
            {
                if (isCommon[x[i]]) count++;
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
            var edits = MaxEdits(shorter);
            return new BigramsNeeded(
                Math.Max(1, Math.Min(SharedRun, shorter) - 1),
                Math.Max(1, shorter - 1 - 2 * edits),
                Math.Abs(lengthA - lengthB) <= edits);
        }
    }

    private static int MaxEdits(int shorter) => Math.Max(1, shorter / 4);

    public static int DocumentCount(QuoteCluster cluster) => cluster.Occurrences.Select(o => o.Document).Distinct().Count();

    /// <summary>Same quote: a long shared run, or the shorter wholly inside, or a word or two changed.</summary>
    internal static bool AreVariants<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y) where T : IEquatable<T> => AreVariants(x, y, tryRun: true, tryEdits: true);

    internal static bool AreVariants(string[] x, string[] y) => AreVariants<string>(x, y);

    /// <summary><see cref="AreVariants{T}(ReadOnlySpan{T}, ReadOnlySpan{T})"/> with either test left out when it is known to fail.</summary>
    private static bool AreVariants<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y, bool tryRun, bool tryEdits) where T : IEquatable<T>
    {
        var shorter = Math.Min(x.Length, y.Length);
        if (shorter == 0 || !(tryRun || tryEdits)) return false;
        var edits = MaxEdits(shorter);
        Span<int> buffer = y.Length < 128 ? stackalloc int[2 * (y.Length + 1)] : new int[2 * (y.Length + 1)];
        if (tryRun && HasCommonRun(x, y, Math.Min(SharedRun, shorter), buffer)) return true;
        return tryEdits && Math.Abs(x.Length - y.Length) <= edits && WordEditDistanceAtMost(x, y, edits, buffer);
    }

    /// <summary>Whether x and y share a run of at least <paramref name="length"/> words; stops at the first.</summary>
    private static bool HasCommonRun<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y, int length, Span<int> buffer) where T : IEquatable<T>
    {
        var previous = buffer[..(y.Length + 1)];
        var current = buffer.Slice(y.Length + 1, y.Length + 1);
        previous.Clear();
        current.Clear();
        for (var i = 1; i <= x.Length; i++)
        {
            for (var j = 1; j <= y.Length; j++)
            {
                current[j] = x[i - 1].Equals(y[j - 1]) ? previous[j - 1] + 1 : 0;
                if (current[j] >= length) return true;
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return false;
    }

    /// <summary>
    /// Whether the word edit distance of x and y is at most <paramref name="limit"/>: only the band
    /// of cells within <paramref name="limit"/> of the diagonal can be (Ukkonen 1985), and a row whose
    /// every cell exceeds it ends the search.
    /// </summary>
    internal static bool WordEditDistanceAtMost<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y, int limit, Span<int> buffer) where T : IEquatable<T>
    {
        if (Math.Abs(x.Length - y.Length) > limit) return false;
        const int Far = int.MaxValue / 2;
        var previous = buffer[..(y.Length + 1)];
        var current = buffer.Slice(y.Length + 1, y.Length + 1);
        for (var j = 0; j <= y.Length; j++) previous[j] = j <= limit ? j : Far;
        for (var i = 1; i <= x.Length; i++)
        {
            int from = Math.Max(1, i - limit), to = Math.Min(y.Length, i + limit);
            current[from - 1] = from == 1 ? i : Far;
            var rowBest = current[from - 1];
            for (var j = from; j <= to; j++)
            {
                var cell = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (x[i - 1].Equals(y[j - 1]) ? 0 : 1));
                current[j] = cell;
                if (cell < rowBest) rowBest = cell;
            }
            if (to < y.Length) current[to + 1] = Far;
            if (rowBest > limit) return false;
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.Length] <= limit;
    }

    private static List<QuoteVariant> Variants(List<int> group, IReadOnlyList<QuoteOccurrence> quotes, string[][] words)
    {
        var byWording = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var q in group)
        {
            var key = string.Join(' ', words[q]);
            if (!byWording.TryGetValue(key, out var list)) byWording[key] = list = [];
            list.Add(q);
        }
        var wordings = byWording.Values.ToList();
        wordings.Sort((a, b) => b.Count != a.Count ? b.Count.CompareTo(a.Count) : words[a[0]].Length.CompareTo(words[b[0]].Length));
        var variants = new List<QuoteVariant>(wordings.Count);
        for (var v = 0; v < wordings.Count; v++)
        {
            var own = words[wordings[v][0]];
            var other = wordings.Count == 1 ? own : words[wordings[v == 0 ? 1 : 0][0]];
            var otherSet = new HashSet<string>(other, StringComparer.Ordinal);
            var differing = own.Where(w => !otherSet.Contains(w)).Distinct().ToList();
            variants.Add(new QuoteVariant(quotes[wordings[v][0]].Text, wordings[v].Select(q => quotes[q]).ToList(), differing));
        }
        return variants;
    }

    [ThreadStatic]
    private static TokenList? foldBuffer;

    private static string[] Folded(string text)
    {
        var tokens = foldBuffer ??= new TokenList(64);
        Tokenizer.Tokenize(TextView.Identity(text), tokens);
        var words = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++) words[i] = tokens.FoldedOf(i).ToString();
        return words;
    }
}
