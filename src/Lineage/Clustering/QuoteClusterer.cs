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
        var common = new int[wordings.Count];
        for (var w = 0; w < wordings.Count; w++)
            foreach (var id in bigramsOf[w])
                if (postings[id].Count > MaxPostings) common[w]++;

        var sets = new UnionFind(wordings.Count);
        var shared = new int[wordings.Count];
        var touched = new List<int>();
        for (var i = 0; i < wordings.Count; i++)
        {
            foreach (var id in bigramsOf[i])
            {
                var list = postings[id];
                if (list.Count > MaxPostings) continue;
                // Postings are in wording order: only the earlier wordings are i's candidates.
                for (var p = 0; p < list.Count && list[p] < i; p++)
                    if (shared[list[p]]++ == 0) touched.Add(list[p]);
            }
            foreach (var j in touched)
            {
                var needed = repeats[i] || repeats[j] ? 1 : SharedBigramsNeeded(coded[i].Length, coded[j].Length);
                var enough = shared[j] >= needed
                    || (common[i] > 0 && common[j] > 0 && shared[j] + CommonShared(sortedBigrams[i], sortedBigrams[j], postings) >= needed);
                if (enough && sets.Find(i) != sets.Find(j) && AreVariants<int>(coded[i], coded[j])) sets.Union(i, j);
                shared[j] = 0;
            }
            touched.Clear();
        }
        return sets;
    }

    /// <summary>How many bigrams held by too many wordings two sorted bigram lists share.</summary>
    private static int CommonShared(int[] x, int[] y, List<List<int>> postings)
    {
        var count = 0;
        for (int i = 0, j = 0; i < x.Length && j < y.Length;)
        {
            if (x[i] < y[j]) i++;
            else if (x[i] > y[j]) j++;
            else
            {
                if (postings[x[i]].Count > MaxPostings) count++;
                i++;
                j++;
            }
        }
        return count;
    }

    /// <summary>
    /// Distinct bigrams two quotes without a repeated bigram must share to be variants: a shared run
    /// of m words holds m − 1; k word edits, possible only when the lengths differ by at most k,
    /// break at most two each of the shorter quote's s − 1 bigrams.
    /// </summary>
    internal static int SharedBigramsNeeded(int lengthA, int lengthB)
    {
        var shorter = Math.Min(lengthA, lengthB);
        var edits = MaxEdits(shorter);
        var byRun = Math.Min(SharedRun, shorter) - 1;
        var byEdits = Math.Abs(lengthA - lengthB) <= edits ? shorter - 1 - 2 * edits : byRun;
        return Math.Max(1, Math.Min(byRun, byEdits));
    }

    private static int MaxEdits(int shorter) => Math.Max(1, shorter / 4);

    public static int DocumentCount(QuoteCluster cluster) => cluster.Occurrences.Select(o => o.Document).Distinct().Count();

    /// <summary>Same quote: a long shared run, or the shorter wholly inside, or a word or two changed.</summary>
    internal static bool AreVariants<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y) where T : IEquatable<T>
    {
        var shorter = Math.Min(x.Length, y.Length);
        if (shorter == 0) return false;
        var edits = MaxEdits(shorter);
        Span<int> buffer = y.Length < 128 ? stackalloc int[2 * (y.Length + 1)] : new int[2 * (y.Length + 1)];
        if (LongestCommonRun(x, y, buffer) >= Math.Min(SharedRun, shorter)) return true;
        return Math.Abs(x.Length - y.Length) <= edits && WordEditDistance(x, y, buffer) <= edits;
    }

    internal static bool AreVariants(string[] x, string[] y) => AreVariants<string>(x, y);

    private static int LongestCommonRun<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y, Span<int> buffer) where T : IEquatable<T>
    {
        var previous = buffer[..(y.Length + 1)];
        var current = buffer.Slice(y.Length + 1, y.Length + 1);
        previous.Clear();
        current.Clear();
        var best = 0;
        for (var i = 1; i <= x.Length; i++)
        {
            for (var j = 1; j <= y.Length; j++)
            {
                current[j] = x[i - 1].Equals(y[j - 1]) ? previous[j - 1] + 1 : 0;
                if (current[j] > best) best = current[j];
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return best;
    }

    private static int WordEditDistance<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y, Span<int> buffer) where T : IEquatable<T>
    {
        var previous = buffer[..(y.Length + 1)];
        var current = buffer.Slice(y.Length + 1, y.Length + 1);
        for (var j = 0; j <= y.Length; j++) previous[j] = j;
        for (var i = 1; i <= x.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= y.Length; j++)
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (x[i - 1].Equals(y[j - 1]) ? 0 : 1));
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.Length];
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

    private static string[] Folded(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var words = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++) words[i] = tokens.FoldedOf(i).ToString();
        return words;
    }
}
