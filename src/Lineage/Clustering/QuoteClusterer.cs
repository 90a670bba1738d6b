using Lineage.Text;

namespace Lineage.Clustering;

/// <summary>
/// Groups quotations that are the same quote in different wordings, after MemeTracker (Leskovec,
/// Backstrom &amp; Kleinberg 2009): two quotes belong together when they share a run of at least
/// ten consecutive words (or the whole of the shorter one), or differ by few words. Candidate
/// pairs come from shared word bigrams, so the work follows the quotes that could match.
/// </summary>
public static class QuoteClusterer
{
    private const int SharedRun = 10;
    private const int MaxPostings = 200;

    public static IReadOnlyList<QuoteCluster> Cluster(IReadOnlyList<QuoteOccurrence> quotes)
    {
        var words = new string[quotes.Count][];
        for (var i = 0; i < quotes.Count; i++) words[i] = Folded(quotes[i].Text);

        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < quotes.Count; i++)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var k = 0; k + 1 < words[i].Length; k++)
            {
                var key = words[i][k] + " " + words[i][k + 1];
                if (!seen.Add(key)) continue;
                if (!postings.TryGetValue(key, out var list)) postings[key] = list = [];
                list.Add(i);
            }
        }
        var sets = new UnionFind(quotes.Count);
        var compared = new HashSet<long>();
        foreach (var list in postings.Values)
        {
            if (list.Count < 2 || list.Count > MaxPostings) continue;
            for (var x = 0; x < list.Count; x++)
            for (var y = x + 1; y < list.Count; y++)
            {
                var key = ((long)list[x] << 32) | (uint)list[y];
                if (compared.Add(key) && AreVariants(words[list[x]], words[list[y]])) sets.Union(list[x], list[y]);
            }
        }

        var clusters = new List<QuoteCluster>();
        foreach (var group in sets.Groups())
            clusters.Add(new QuoteCluster(0, Variants(group, quotes, words)));
        clusters.Sort(static (a, b) =>
        {
            var byDocuments = DocumentCount(b).CompareTo(DocumentCount(a));
            return byDocuments != 0 ? byDocuments : b.Occurrences.Count().CompareTo(a.Occurrences.Count());
        });
        for (var i = 0; i < clusters.Count; i++) clusters[i] = clusters[i] with { Id = i + 1 };
        return clusters;
    }

    public static int DocumentCount(QuoteCluster cluster) => cluster.Occurrences.Select(o => o.Document).Distinct().Count();

    /// <summary>Same quote: a long shared run, or the shorter wholly inside, or a word or two changed.</summary>
    internal static bool AreVariants(string[] x, string[] y)
    {
        var shorter = Math.Min(x.Length, y.Length);
        if (shorter == 0) return false;
        var run = LongestCommonRun(x, y);
        if (run >= Math.Min(SharedRun, shorter)) return true;
        return WordEditDistance(x, y, Math.Max(1, shorter / 4)) <= Math.Max(1, shorter / 4);
    }

    private static int LongestCommonRun(string[] x, string[] y)
    {
        var previous = new int[y.Length + 1];
        var current = new int[y.Length + 1];
        var best = 0;
        for (var i = 1; i <= x.Length; i++)
        {
            for (var j = 1; j <= y.Length; j++)
            {
                current[j] = x[i - 1] == y[j - 1] ? previous[j - 1] + 1 : 0;
                best = Math.Max(best, current[j]);
            }
            (previous, current) = (current, previous);
        }
        return best;
    }

    private static int WordEditDistance(string[] x, string[] y, int bound)
    {
        if (Math.Abs(x.Length - y.Length) > bound) return bound + 1;
        var previous = new int[y.Length + 1];
        var current = new int[y.Length + 1];
        for (var j = 0; j <= y.Length; j++) previous[j] = j;
        for (var i = 1; i <= x.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= y.Length; j++)
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
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
