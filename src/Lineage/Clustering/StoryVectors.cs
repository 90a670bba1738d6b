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

    private StoryVectors(TermVector[] vectors, StoryTerms words, Dictionary<ulong, int> nameDocuments, Dictionary<ulong, string> names)
    {
        Vectors = vectors;
        Words = words;
        this.nameDocuments = nameDocuments;
        Names = names;
    }

    /// <summary>Each document's unit vector, by term: a word's token hash, or a name group's feature.</summary>
    public TermVector[] Vectors { get; }

    /// <summary>The words counted: their document counts, and the folded word of each word term, for labels.</summary>
    public StoryTerms Words { get; }

    /// <summary>How many documents name each name feature.</summary>
    private readonly Dictionary<ulong, int> nameDocuments;

    /// <summary>The commonest spelling of each name term, for labels.</summary>
    public Dictionary<ulong, string> Names { get; }

    /// <summary>
    /// The terms (words and names) in more than <paramref name="documents"/> documents: a few
    /// thousand of a corpus's million terms, so a unit's terms are looked up in a small set rather
    /// than in every term's count.
    /// </summary>
    public HashSet<ulong> TermsInMoreThan(int documents)
    {
        var found = new HashSet<ulong>();
        for (var number = 0; number < Words.WordCount; number++)
            if (Words.DocumentsWith(number) > documents) found.Add(Words.HashOf(number));
        foreach (var (feature, count) in nameDocuments)
            if (count > documents) found.Add(feature);
        return found;
    }

    public static StoryVectors Of(IReadOnlyList<ExtractedDocument> articles, IReadOnlyList<NameGroup> names, ParallelOptions parallel) =>
        Of(articles, StoryTerms.Of(articles, parallel), names, parallel);

    /// <summary>The vectors from the documents' counted words (<paramref name="terms"/>, whose counts become the weighted vectors).</summary>
    public static StoryVectors Of(IReadOnlyList<ExtractedDocument> articles, StoryTerms terms, IReadOnlyList<NameGroup> names, ParallelOptions parallel)
    {
        var n = articles.Count;
        var counts = terms.Counts;
        var spellings = new Dictionary<ulong, string>();
        // Name features go after a document's words, in the order of the groups, as they are met.
        var nameCounts = new List<(ulong Feature, double Count)>?[n];
        foreach (var group in names)
        {
            // A name's feature is hashed with a character no word holds, so it never meets a word's hash.
            var feature = TokenHash.Of(NamePrefix + group.Key);
            spellings[feature] = group.Name;
            foreach (var variant in group.Variants)
                foreach (var occurrence in variant.Occurrences)
                {
                    var list = nameCounts[occurrence.Document] ??= [];
                    // Each group is met once, so a document's count of it is always its last entry.
                    if (list.Count > 0 && list[^1].Feature == feature) list[^1] = (feature, list[^1].Count + NameWeight);
                    else list.Add((feature, NameWeight));
                }
        }
        // A document names a group once in its list.
        var nameDocuments = new Dictionary<ulong, int>();
        foreach (var list in nameCounts)
            if (list is not null)
                foreach (var (feature, _) in list)
                {
                    ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(nameDocuments, feature, out _);
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
        var vectors = new TermVector[n];
        Parallel.For(0, n, parallel, i =>
        {
            var documents = languageSize[LanguageOf(articles[i])];
            vectors[i] = Weighted(counts[i], nameCounts[i], terms, nameDocuments, documents, CommonDocuments(documents));
        });
        // The counts are weighted now: let them go while the stories are made.
        Array.Clear(counts);
        return new StoryVectors(vectors, terms, nameDocuments, spellings);
    }

    private static string LanguageOf(ExtractedDocument article) => article.Metadata.Language ?? "";

    /// <summary>
    /// A term in more documents than this tells no story apart (a twentieth of the documents in its
    /// language, and at least 50 documents so a small corpus keeps its words). Left in, such words make the centroid
    /// of any large story look like the language itself, and every document would be close to it.
    /// </summary>
    public static int CommonDocuments(int documents) => Math.Max(50, documents / 20);

    /// <summary>A document's vector: its words' counts, then its names' (in the order of the groups), weighted and normalised.</summary>
    private static TermVector Weighted(StoryTerms.DocumentTerms counts, List<(ulong Feature, double Count)>? names, StoryTerms words,
        Dictionary<ulong, int> nameDocuments, int documents, int common)
    {
        var wordCount = counts.Numbers.Length;
        var all = wordCount + (names?.Count ?? 0);
        // Weighed in this thread's buffers, then kept in arrays of the size the common terms leave.
        var (terms, weights) = weighing ??= (new ulong[256], new double[256]);
        if (terms.Length < all) weighing = (terms, weights) = (new ulong[Math.Max(all, 2 * terms.Length)], new double[Math.Max(all, 2 * terms.Length)]);
        var kept = 0;
        double norm = 0;
        for (var i = 0; i < all; i++)
        {
            ulong term;
            double count;
            int frequency;
            if (i < wordCount)
            {
                var number = counts.Numbers[i];
                (term, count, frequency) = (words.HashOf(number), counts.Counts[i], words.DocumentsWith(number));
            }
            else
            {
                (term, count) = names![i - wordCount];
                frequency = nameDocuments[term];
            }
            if (frequency > common) continue;
            // A name shared across languages can be in more documents than the language has.
            var weight = (1 + Math.Log(count)) * (Math.Log((Math.Max(documents, frequency) + 1.0) / (frequency + 1.0)) + 1);
            terms[kept] = term;
            weights[kept++] = weight;
            norm += weight * weight;
        }
        norm = Math.Sqrt(norm);
        if (norm > 0)
            for (var i = 0; i < kept; i++) weights[i] /= norm;
        return kept == 0 ? TermVector.Empty : new TermVector(terms.AsSpan(0, kept).ToArray(), weights.AsSpan(0, kept).ToArray());
    }

    [ThreadStatic]
    private static (ulong[] Terms, double[] Weights)? weighing;
}
