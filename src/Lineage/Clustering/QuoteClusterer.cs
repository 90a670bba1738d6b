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
    internal static UnionFind WordingSets(IReadOnlyList<string[]> wordings, ParallelOptions? parallel = null, int blockWordings = QuoteVariantSearch.BlockWordings)
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

    /// <summary>The wordings that are variants of each other, joined (<see cref="QuoteVariantSearch"/>).</summary>
    internal static UnionFind WordingSets(IReadOnlyList<int[]> coded, ParallelOptions? parallel = null, int blockWordings = QuoteVariantSearch.BlockWordings) =>
        QuoteVariantSearch.Sets(coded, parallel, blockWordings);

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
