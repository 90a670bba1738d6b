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
        var words = new QuoteVocabulary();
        var (wordings, occurrenceWording, documentOf) = Wordings(quotes, words);

        // The clusters' members in one array, each cluster's in corpus order, the clusters in the
        // order of their first occurrence.
        var sets = WordingSets(wordings, parallel);
        var clusterOfRoot = new int[wordings.Count];
        var clusterOf = new int[quotes.Count];
        // No more clusters than wordings.
        var sizes = new int[wordings.Count];
        var count = 0;
        for (var i = 0; i < quotes.Count; i++)
        {
            var root = sets.Find(occurrenceWording[i]);
            if (clusterOfRoot[root] == 0) clusterOfRoot[root] = ++count;
            var c = clusterOf[i] = clusterOfRoot[root] - 1;
            sizes[c]++;
        }
        var start = new int[count + 1];
        for (var c = 0; c < count; c++) start[c + 1] = start[c] + sizes[c];
        var members = new int[quotes.Count];
        var fill = new int[count];
        for (var i = 0; i < quotes.Count; i++) members[start[clusterOf[i]] + fill[clusterOf[i]]++] = i;

        // Most documents first, then most occurrences, then first occurrence in the corpus.
        var ranked = new Rank[count];
        var lastDocument = -1;
        foreach (var document in documentOf) lastDocument = Math.Max(lastDocument, document);
        var counted = new int[lastDocument + 1];
        for (var c = 0; c < count; c++)
        {
            var documents = 0;
            foreach (var q in members.AsSpan(start[c], sizes[c]))
                if (counted[documentOf[q]] != c + 1)
                {
                    counted[documentOf[q]] = c + 1;
                    documents++;
                }
            ranked[c] = new Rank(documents, sizes[c], members[start[c]], c);
        }
        Array.Sort(ranked, static (a, b) =>
            a.Documents != b.Documents ? b.Documents.CompareTo(a.Documents)
            : a.Occurrences != b.Occurrences ? b.Occurrences.CompareTo(a.Occurrences)
            : a.First.CompareTo(b.First));
        var clusters = new QuoteCluster[count];
        for (var r = 0; r < count; r++)
            clusters[r] = new QuoteCluster(r + 1, Variants(members.AsSpan(start[ranked[r].Cluster], sizes[ranked[r].Cluster]), quotes, occurrenceWording, wordings, words));
        return clusters;
    }

    /// <summary>
    /// Each distinct wording once, its words as numbers (comparing two wordings compares ints, and
    /// copies repeat quotations word for word, so each wording is clustered once); each quote's
    /// wording and document. A wording is looked up as coded and copied only when new; the table
    /// that finds them is let go before the search.
    /// </summary>
    private static (List<int[]> Wordings, int[] OccurrenceWording, int[] DocumentOf) Wordings(IReadOnlyList<QuoteOccurrence> quotes, QuoteVocabulary words)
    {
        var wordingOf = new Dictionary<int[], int>(quotes.Count, WordingKey.Comparer);
        var lookup = wordingOf.GetAlternateLookup<ReadOnlySpan<int>>();
        var wordings = new List<int[]>(quotes.Count);
        var occurrenceWording = new int[quotes.Count];
        var documentOf = new int[quotes.Count];
        for (var i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            var coded = words.Code(quote.Text);
            if (!lookup.TryGetValue(coded, out var w))
            {
                var kept = coded.ToArray();
                wordingOf[kept] = w = wordings.Count;
                wordings.Add(kept);
            }
            occurrenceWording[i] = w;
            documentOf[i] = quote.Document;
        }
        return (wordings, occurrenceWording, documentOf);
    }

    /// <summary>What orders the clusters, and which cluster it is.</summary>
    private readonly record struct Rank(int Documents, int Occurrences, int First, int Cluster);

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

    private static IReadOnlyList<QuoteVariant> Variants(ReadOnlySpan<int> group, IReadOnlyList<QuoteOccurrence> quotes, int[] occurrenceWording, List<int[]> wordings, QuoteVocabulary words) =>
        // Most quotes stand alone: one wording, nothing differing.
        group.Length == 1
            ? new[] { new QuoteVariant(quotes[group[0]].Text, [quotes[group[0]]], []) }
            : Variants(group.ToArray(), quotes, occurrenceWording, wordings, words);

    private static List<QuoteVariant> Variants(int[] group, IReadOnlyList<QuoteOccurrence> quotes, int[] occurrenceWording, List<int[]> wordings, QuoteVocabulary words)
    {
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
            // A word counts once, at its first place; quotes are short, so scanning beats a set.
            var differing = new List<string>();
            for (var k = 0; k < own.Length; k++)
                if (Array.IndexOf(other, own[k]) < 0 && own.AsSpan(0, k).IndexOf(own[k]) < 0) differing.Add(words.Text(own[k]));
            var occurrences = new List<QuoteOccurrence>(variantsOf[v].Count);
            foreach (var q in variantsOf[v]) occurrences.Add(quotes[q]);
            variants.Add(new QuoteVariant(quotes[variantsOf[v][0]].Text, occurrences, differing));
        }
        return variants;
    }
}
