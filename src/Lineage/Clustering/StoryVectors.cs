using System.Collections.Concurrent;
using System.Runtime.InteropServices;
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

    private StoryVectors(Dictionary<ulong, double>[] vectors, Dictionary<ulong, int> df, ConcurrentDictionary<ulong, string> words, Dictionary<ulong, string> names)
    {
        Vectors = vectors;
        DocumentFrequency = df;
        Words = words;
        Names = names;
    }

    /// <summary>Each document's unit vector, by term: a word's token hash, or a name group's feature.</summary>
    public Dictionary<ulong, double>[] Vectors { get; }

    public Dictionary<ulong, int> DocumentFrequency { get; }

    /// <summary>The folded word of each word term, for labels.</summary>
    public ConcurrentDictionary<ulong, string> Words { get; }

    /// <summary>The commonest spelling of each name term, for labels.</summary>
    public Dictionary<ulong, string> Names { get; }

    public static StoryVectors Of(IReadOnlyList<ExtractedDocument> articles, IReadOnlyList<NameGroup> names, ParallelOptions parallel)
    {
        var n = articles.Count;
        var counts = new Dictionary<ulong, double>[n];
        var words = new ConcurrentDictionary<ulong, string>();
        Parallel.For(0, n, parallel, i => counts[i] = Terms(articles[i], words));
        var spellings = new Dictionary<ulong, string>();
        foreach (var group in names)
        {
            // A name's feature is hashed with a character no word holds, so it never meets a word's hash.
            var feature = TokenHash.Of(NamePrefix + group.Key);
            spellings[feature] = group.Name;
            foreach (var variant in group.Variants)
                foreach (var occurrence in variant.Occurrences)
                    counts[occurrence.Document][feature] = counts[occurrence.Document].GetValueOrDefault(feature) + NameWeight;
        }
        var df = new Dictionary<ulong, int>();
        foreach (var c in counts)
            foreach (var term in c.Keys)
            {
                ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(df, term, out _);
                count++;
            }
        // Rarity is judged within a document's language: a word common in the Arabic documents of a
        // mostly English corpus is common, however few documents of the corpus hold it.
        var languageSize = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            ref var size = ref CollectionsMarshal.GetValueRefOrAddDefault(languageSize, LanguageOf(article), out _);
            size++;
        }
        var vectors = new Dictionary<ulong, double>[n];
        Parallel.For(0, n, parallel, i =>
        {
            var documents = languageSize[LanguageOf(articles[i])];
            vectors[i] = Weighted(counts[i], df, documents, CommonDocuments(documents));
        });
        return new StoryVectors(vectors, df, words, spellings);
    }

    private static string LanguageOf(ExtractedDocument article) => article.Metadata.Language ?? "";

    [ThreadStatic]
    private static TokenList? termBuffer;

    private static Dictionary<ulong, double> Terms(ExtractedDocument article, ConcurrentDictionary<ulong, string> words)
    {
        var tokens = termBuffer ??= new TokenList(1024);
        Tokenizer.Tokenize(article.Content, tokens);
        var stopWords = StopWordLists.For(article.Metadata.Language ?? "en").GetAlternateLookup<ReadOnlySpan<char>>();
        var terms = new Dictionary<ulong, double>();
        var hashes = tokens.Hashes;
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens.FoldedOf(i);
            if (word.Length < 3 || char.IsDigit(word[0]) || stopWords.Contains(word)) continue;
            ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(terms, hashes[i], out var seen);
            count++;
            if (!seen && !words.ContainsKey(hashes[i])) words.TryAdd(hashes[i], word.ToString());
        }
        return terms;
    }

    /// <summary>
    /// A term in more documents than this tells no story apart (a twentieth of the documents in its
    /// language, and at least 50 documents so a small corpus keeps its words). Left in, such words make the centroid
    /// of any large story look like the language itself, and every document would be close to it.
    /// </summary>
    public static int CommonDocuments(int documents) => Math.Max(50, documents / 20);

    private static Dictionary<ulong, double> Weighted(Dictionary<ulong, double> counts, Dictionary<ulong, int> df, int documents, int common)
    {
        var vector = new Dictionary<ulong, double>(counts.Count);
        double norm = 0;
        foreach (var (term, count) in counts)
        {
            if (df[term] > common) continue;
            // A name shared across languages can be in more documents than the language has.
            var weight = (1 + Math.Log(count)) * (Math.Log((Math.Max(documents, df[term]) + 1.0) / (df[term] + 1.0)) + 1);
            vector[term] = weight;
            norm += weight * weight;
        }
        norm = Math.Sqrt(norm);
        if (norm > 0)
            foreach (var term in counts.Keys)
            {
                ref var weight = ref CollectionsMarshal.GetValueRefOrNullRef(vector, term);
                if (!System.Runtime.CompilerServices.Unsafe.IsNullRef(ref weight)) weight /= norm;
            }
        return vector;
    }
}
