using Lineage.Extraction;
using Lineage.Scanning;
using Lineage.Text;

namespace Lineage.Clustering;

/// <summary>
/// Groups documents into stories even when they share no text: each document is a vector of its
/// content words and names weighted by rarity (tf-idf), and two documents join when their cosine
/// similarity is high enough and their publication dates are close (or unknown). Documents that
/// share reused text join too. Candidates come from each document's most telling words through
/// an inverted index, so no document is compared with every other.
/// </summary>
public static class StoryClusterer
{
    private const double NameWeight = 2.0;
    private const int MaxPostings = 400;

    public static IReadOnlyList<Story> Cluster(IReadOnlyList<ExtractedDocument> articles, IReadOnlyList<DocumentPair> pairs,
        IReadOnlyList<NameGroup> names, StoryOptions options)
    {
        var n = articles.Count;
        var counts = new Dictionary<string, double>[n];
        Parallel.For(0, n, i => counts[i] = Terms(articles[i]));
        foreach (var group in names)
        {
            var feature = "name:" + group.Key;
            foreach (var variant in group.Variants)
                foreach (var occurrence in variant.Occurrences)
                    counts[occurrence.Document][feature] = counts[occurrence.Document].GetValueOrDefault(feature) + NameWeight;
        }

        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in counts)
            foreach (var term in c.Keys) df[term] = df.GetValueOrDefault(term) + 1;
        var vectors = new Dictionary<string, double>[n];
        Parallel.For(0, n, i => vectors[i] = Weighted(counts[i], df, n));

        var sets = new UnionFind(n);
        foreach (var pair in pairs) sets.Union(pair.A, pair.B);
        foreach (var (a, b) in Candidates(vectors, df, n, options))
        {
            if (sets.Find(a) == sets.Find(b)) continue;
            if (!DatesClose(articles[a].Metadata.Published, articles[b].Metadata.Published, options.MaxDaysApart)) continue;
            if (Cosine(vectors[a], vectors[b]) >= options.MinSimilarity) sets.Union(a, b);
        }

        var stories = new List<Story>();
        foreach (var members in sets.Groups())
        {
            var keywords = Keywords(members, vectors, names);
            stories.Add(new Story(0, string.Join(" · ", keywords.Take(4)), keywords, members));
        }
        stories.Sort((x, y) => y.Documents.Count != x.Documents.Count ? y.Documents.Count.CompareTo(x.Documents.Count) : x.Documents[0].CompareTo(y.Documents[0]));
        for (var i = 0; i < stories.Count; i++) stories[i] = stories[i] with { Id = i + 1 };
        return stories;
    }

    [ThreadStatic]
    private static TokenList? termBuffer;

    private static Dictionary<string, double> Terms(ExtractedDocument article)
    {
        var tokens = termBuffer ??= new TokenList(1024);
        Tokenizer.Tokenize(article.Content, tokens);
        var stopWords = StopWordLists.For(article.Metadata.Language ?? "en").GetAlternateLookup<ReadOnlySpan<char>>();
        var terms = new Dictionary<string, double>(StringComparer.Ordinal);
        var lookup = terms.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens.FoldedOf(i);
            if (word.Length < 3 || char.IsDigit(word[0]) || stopWords.Contains(word)) continue;
            lookup[word] = lookup.TryGetValue(word, out var count) ? count + 1 : 1;
        }
        return terms;
    }

    private static Dictionary<string, double> Weighted(Dictionary<string, double> counts, Dictionary<string, int> df, int documents)
    {
        var vector = new Dictionary<string, double>(counts.Count, StringComparer.Ordinal);
        double norm = 0;
        foreach (var (term, count) in counts)
        {
            var weight = (1 + Math.Log(count)) * (Math.Log((documents + 1.0) / (df[term] + 1.0)) + 1);
            vector[term] = weight;
            norm += weight * weight;
        }
        norm = Math.Sqrt(norm);
        if (norm > 0)
            foreach (var term in vector.Keys.ToList()) vector[term] /= norm;
        return vector;
    }

    /// <summary>
    /// Pairs of documents that share at least two of their most telling terms. A term among the
    /// telling ones of more than a twentieth of the documents (at most <see cref="MaxPostings"/>)
    /// tells nothing; shared terms are counted per document in one array, so the work follows the
    /// postings, not the pairs of documents.
    /// </summary>
    private static List<(int A, int B)> Candidates(Dictionary<string, double>[] vectors, Dictionary<string, int> df, int documents, StoryOptions options)
    {
        var maxPostings = Math.Min(MaxPostings, Math.Max(50, documents / 20));
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var signatures = new List<List<int>>[vectors.Length];
        var telling = new string[vectors.Length][];
        Parallel.For(0, vectors.Length, i => telling[i] = [.. vectors[i].OrderByDescending(t => t.Value).Take(options.SignatureWords).Select(t => t.Key)]);
        for (var i = 0; i < vectors.Length; i++)
        {
            var own = signatures[i] = [];
            foreach (var term in telling[i])
            {
                if (df[term] > maxPostings) continue;
                if (!postings.TryGetValue(term, out var list)) postings[term] = list = [];
                list.Add(i);
                own.Add(list);
            }
        }
        var candidates = new List<(int, int)>();
        var shared = new int[vectors.Length];
        var touched = new List<int>();
        for (var i = 0; i < vectors.Length; i++)
        {
            foreach (var list in signatures[i])
            {
                if (list.Count > maxPostings) continue;
                // Postings are in document order: the earlier documents are i's candidates.
                for (var p = 0; p < list.Count && list[p] < i; p++)
                    if (shared[list[p]]++ == 0) touched.Add(list[p]);
            }
            touched.Sort();
            foreach (var j in touched)
            {
                if (shared[j] >= 2) candidates.Add((j, i));
                shared[j] = 0;
            }
            touched.Clear();
        }
        return candidates;
    }

    private static double Cosine(Dictionary<string, double> x, Dictionary<string, double> y)
    {
        if (x.Count > y.Count) (x, y) = (y, x);
        double dot = 0;
        foreach (var (term, weight) in x)
            if (y.TryGetValue(term, out var other)) dot += weight * other;
        return dot;
    }

    private static bool DatesClose(string? a, string? b, int maxDays)
    {
        if (a is null || b is null || !DateOnly.TryParse(a, out var x) || !DateOnly.TryParse(b, out var y)) return true;
        return Math.Abs(x.DayNumber - y.DayNumber) <= maxDays;
    }

    /// <summary>The story's most telling terms, names first, in their most common spelling.</summary>
    private static List<string> Keywords(List<int> members, Dictionary<string, double>[] vectors, IReadOnlyList<NameGroup> names)
    {
        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var d in members)
            foreach (var (term, weight) in vectors[d]) totals[term] = totals.GetValueOrDefault(term) + weight;
        var spelling = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in names) spelling["name:" + group.Key] = group.Name;
        var ranked = totals.Where(t => !t.Key.StartsWith("name:", StringComparison.Ordinal) || spelling.ContainsKey(t.Key))
            .OrderByDescending(t => t.Value * (t.Key.StartsWith("name:", StringComparison.Ordinal) ? 1.5 : 1))
            .Select(t => t.Key.StartsWith("name:", StringComparison.Ordinal) ? spelling[t.Key] : t.Key);
        var keywords = new List<string>();
        foreach (var word in ranked)
        {
            if (keywords.Any(k => k.Contains(word, StringComparison.OrdinalIgnoreCase) || word.Contains(k, StringComparison.OrdinalIgnoreCase))) continue;
            keywords.Add(word);
            if (keywords.Count == 8) break;
        }
        return keywords;
    }
}
