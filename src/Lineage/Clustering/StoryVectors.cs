using Lineage.Extraction;
using Lineage.Text;

namespace Lineage.Clustering;

/// <summary>
/// Each document as a unit vector of its content words and names, weighted by rarity (tf-idf:
/// (1 + ln tf) · (ln((N + 1)/(df + 1)) + 1)); names count <see cref="NameWeight"/> times a word,
/// under one feature per name group so that spellings of one name agree.
/// </summary>
internal sealed class StoryVectors
{
    public const string NamePrefix = "name:";
    private const double NameWeight = 2.0;

    private StoryVectors(Dictionary<string, double>[] vectors, Dictionary<string, int> df)
    {
        Vectors = vectors;
        DocumentFrequency = df;
    }

    public Dictionary<string, double>[] Vectors { get; }

    public Dictionary<string, int> DocumentFrequency { get; }

    public static StoryVectors Of(IReadOnlyList<ExtractedDocument> articles, IReadOnlyList<NameGroup> names, ParallelOptions parallel)
    {
        var n = articles.Count;
        var counts = new Dictionary<string, double>[n];
        Parallel.For(0, n, parallel, i => counts[i] = Terms(articles[i]));
        foreach (var group in names)
        {
            var feature = NamePrefix + group.Key;
            foreach (var variant in group.Variants)
                foreach (var occurrence in variant.Occurrences)
                    counts[occurrence.Document][feature] = counts[occurrence.Document].GetValueOrDefault(feature) + NameWeight;
        }
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in counts)
            foreach (var term in c.Keys) df[term] = df.GetValueOrDefault(term) + 1;
        var common = CommonDocuments(n);
        var vectors = new Dictionary<string, double>[n];
        Parallel.For(0, n, parallel, i => vectors[i] = Weighted(counts[i], df, n, common));
        return new StoryVectors(vectors, df);
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

    /// <summary>
    /// A term in more documents than this tells no story apart (a twentieth of the corpus, and at
    /// least 50 documents so a small corpus keeps its words). Left in, such words make the centroid
    /// of any large story look like the language itself, and every document would be close to it.
    /// </summary>
    public static int CommonDocuments(int documents) => Math.Max(50, documents / 20);

    private static Dictionary<string, double> Weighted(Dictionary<string, double> counts, Dictionary<string, int> df, int documents, int common)
    {
        var vector = new Dictionary<string, double>(counts.Count, StringComparer.Ordinal);
        double norm = 0;
        foreach (var (term, count) in counts)
        {
            if (df[term] > common) continue;
            var weight = (1 + Math.Log(count)) * (Math.Log((documents + 1.0) / (df[term] + 1.0)) + 1);
            vector[term] = weight;
            norm += weight * weight;
        }
        norm = Math.Sqrt(norm);
        if (norm > 0)
            foreach (var term in counts.Keys)
            {
                ref var weight = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(vector, term);
                if (!System.Runtime.CompilerServices.Unsafe.IsNullRef(ref weight)) weight /= norm;
            }
        return vector;
    }
}
