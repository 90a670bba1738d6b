using System.Runtime.InteropServices;
using Lineage.Extraction;

namespace Lineage.Clustering;

/// <summary>
/// Groups documents into stories, even when they share no text, without chaining: a story is
/// compared as a whole. Copies (one <see cref="DuplicateGroup"/>) enter together; then, in order of
/// publication, each enters the story whose centroid (the sum of its documents' tf-idf vectors of
/// content words and names) is most similar to it, if that cosine is at least
/// <see cref="StoryOptions.MinSimilarity"/> and the story's dates are within
/// <see cref="StoryOptions.MaxDaysApart"/> days of its own, or else starts a story of its own.
/// This is the centroid clustering of news streams (Miranda et al., EMNLP 2018, "Multilingual
/// Clustering of Streaming News"): a document must be close to the story, not to one member of it,
/// so weak links (a shared name, an excerpt, a stock phrase) cannot join two stories into one.
/// The stories a document may join are found through an inverted index of each story's telling
/// words, so no document is compared with every story.
/// </summary>
public static class StoryClusterer
{
    private const int MaxPostings = 400;

    public static IReadOnlyList<Story> Cluster(IReadOnlyList<ExtractedDocument> articles, DuplicateGroups duplicates,
        IReadOnlyList<NameGroup> names, StoryOptions options, ParallelOptions? parallel = null)
    {
        parallel ??= new ParallelOptions();
        return Cluster(articles, StoryTerms.Of(articles, parallel), duplicates, names, options, parallel);
    }

    /// <summary>
    /// The stories, from the documents' words as <paramref name="terms"/> counted them (taken over: its
    /// counts are let go once weighted, when <paramref name="vectorsMade"/> is called).
    /// </summary>
    internal static IReadOnlyList<Story> Cluster(IReadOnlyList<ExtractedDocument> articles, StoryTerms terms, DuplicateGroups duplicates,
        IReadOnlyList<NameGroup> names, StoryOptions options, ParallelOptions parallel, Action? vectorsMade = null)
    {
        var space = StoryVectors.Of(articles, terms, names, parallel);
        var units = Units(articles, duplicates, space);
        vectorsMade?.Invoke();
        var maxPostings = Math.Min(MaxPostings, Math.Max(50, articles.Count / 20));
        var tellingTerms = new ulong[units.Length][];
        var widespread = space.TermsInMoreThan(maxPostings);
        Parallel.For(0, units.Length, parallel, u => tellingTerms[u] = Telling(units[u].Vector, widespread, options.SignatureWords));
        var (telling, tellingWords) = Numbered(tellingTerms);

        var stories = new List<StoryCentroid>();
        var postings = new StoryPostings(telling, tellingWords);
        var shared = new StoryTally();
        var nearest = new List<(int Story, int Shared)>();
        var compared = new List<int>(MaxCompared);
        var storyOf = new int[units.Length];
        foreach (var u in Order(units))
        {
            var unit = units[u];
            foreach (var term in telling[u])
                if (postings.Of(term) is { Length: <= MaxStoriesPerWord } holding) shared.Count(holding);
            var best = -1;
            var bestSimilarity = options.MinSimilarity;
            shared.MostShared(options.MinSharedWords, MaxCompared, nearest, compared);
            foreach (var s in compared)
            {
                if (!stories[s].IsNear(unit.First, unit.Last, options.MaxDaysApart)) continue;
                var similarity = stories[s].Similarity(unit.Vector);
                if (similarity > bestSimilarity || (similarity == bestSimilarity && best >= 0 && s < best))
                {
                    best = s;
                    bestSimilarity = similarity;
                }
            }
            if (best < 0)
            {
                best = stories.Count;
                stories.Add(new StoryCentroid());
            }
            stories[best].Add(unit.Documents, unit.Vector, unit.First, unit.Last);
            storyOf[u] = best;
            foreach (var term in telling[u]) postings.AddUnlessLast(term, best);
        }
        Reassign(units, telling, stories, postings, storyOf, options);
        stories.RemoveAll(static s => s.Documents.Count == 0);
        return Stories(stories, space, parallel);
    }

    /// <summary>
    /// One pass of reassignment after the stream, as k-means refines its first assignment: a story
    /// that began before the documents that best describe it arrived may hold some of them apart
    /// from the story they belong to; each unit moves to the story whose centroid, without it, is
    /// closest, if that is closer than its own. Stories are never joined whole, so documents that
    /// span two stories cannot pull them into one.
    /// </summary>
    private static void Reassign(Unit[] units, int[][] telling, List<StoryCentroid> stories, StoryPostings postings, int[] storyOf, StoryOptions options)
    {
        var shared = new StoryTally();
        var nearest = new List<(int Story, int Shared)>();
        var compared = new List<int>(MaxCompared);
        foreach (var u in Order(units))
        {
            var unit = units[u];
            var own = storyOf[u];
            // Its own story is judged as it would be without it, and changed only if it leaves.
            var left = stories[own].Documents.Count - unit.Documents.Count;
            var best = left > 0 && stories[own].IsNearWithout(unit.First, unit.Last, unit.Documents.Count, options.MaxDaysApart) ? own : -1;
            var bestSimilarity = best == own ? Math.Max(options.MinSimilarity, stories[own].SimilarityWithout(unit.Vector)) : options.MinSimilarity;
            foreach (var term in telling[u])
                if (postings.Of(term) is { Length: <= MaxStoriesPerWord } holding) shared.Count(holding);
            shared.MostShared(options.MinSharedWords, MaxCompared, nearest, compared);
            foreach (var s in compared)
            {
                if (s == own || stories[s].Documents.Count == 0 || !stories[s].IsNear(unit.First, unit.Last, options.MaxDaysApart)) continue;
                var similarity = stories[s].Similarity(unit.Vector);
                if (similarity > bestSimilarity)
                {
                    best = s;
                    bestSimilarity = similarity;
                }
            }
            if (best < 0 || best == own) continue;
            stories[own].Remove(unit.Documents, unit.Vector, unit.First, unit.Last);
            stories[best].Add(unit.Documents, unit.Vector, unit.First, unit.Last);
            storyOf[u] = best;
            foreach (var term in telling[u]) postings.AddUnlessHeld(term, best);
        }
    }

    /// <summary>
    /// The stories sharing the most telling words with a document (at least <see cref="StoryOptions.MinSharedWords"/>)
    /// compared whole, most shared first: only those, so a document costs the same however many
    /// stories share a common word with it.
    /// </summary>
    private const int MaxCompared = 16;

    /// <summary>
    /// A telling word already in more stories than this finds no story for a document (passim's
    /// max-df for stories): the rarer words it holds do, and the look-up costs the same at any size.
    /// </summary>
    private const int MaxStoriesPerWord = 100;

    /// <summary>A group of copies, clustered as one: the sum of its vectors, normalised, and its dates.</summary>
    private sealed record Unit(IReadOnlyList<int> Documents, TermVector Vector, DateOnly? First, DateOnly? Last);

    private static Unit[] Units(IReadOnlyList<ExtractedDocument> articles, DuplicateGroups duplicates, StoryVectors space)
    {
        var units = new Unit[duplicates.Groups.Count];
        for (var g = 0; g < units.Length; g++)
        {
            var documents = duplicates.Groups[g].Documents;
            DateOnly? first = null, last = null;
            foreach (var d in documents)
            {
                if (PublishedDate.Parse(articles[d].Metadata.Published) is not { } date) continue;
                if (first is null || date < first) first = date;
                if (last is null || date > last) last = date;
            }
            units[g] = new Unit(documents, documents.Count == 1 ? space.Vectors[documents[0]] : Normalised(documents, space.Vectors), first, last);
        }
        return units;
    }

    private static TermVector Normalised(IReadOnlyList<int> documents, TermVector[] vectors)
    {
        // One table for every group, emptied between them: emptied, it fills in the order a new one
        // would, and the groups' tables are not left behind.
        var sum = groupSum ??= [];
        sum.Clear();
        foreach (var d in documents)
            for (var i = 0; i < vectors[d].Count; i++)
                sum[vectors[d].Terms[i]] = sum.GetValueOrDefault(vectors[d].Terms[i]) + vectors[d].Weights[i];
        double norm = 0;
        foreach (var w in sum.Values) norm += w * w;
        norm = Math.Sqrt(norm);
        if (norm > 0)
            foreach (var term in sum.Keys) CollectionsMarshal.GetValueRefOrNullRef(sum, term) /= norm;
        return TermVector.Of(sum);
    }

    [ThreadStatic]
    private static Dictionary<ulong, double>? groupSum;

    /// <summary>Publication order (dated units first, earliest first), then input order: the order a news stream arrives in.</summary>
    private static int[] Order(Unit[] units)
    {
        var order = new int[units.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (x, y) =>
        {
            var (a, b) = (units[x].First, units[y].First);
            if (a.HasValue != b.HasValue) return a.HasValue ? -1 : 1;
            if (a is { } da && b is { } db && da != db) return da.CompareTo(db);
            return x.CompareTo(y);
        });
        return order;
    }

    /// <summary>
    /// The units' telling terms as numbers 0…n−1 (in the order first met), so the stream and the
    /// reassignment find a word's stories in an array: each term of the corpus's hundreds of
    /// thousands is looked up in a table once, not at every unit that holds it, twice.
    /// </summary>
    private static (int[][] Numbered, int Count) Numbered(ulong[][] terms)
    {
        var numbers = new Dictionary<ulong, int>();
        var numbered = new int[terms.Length][];
        for (var u = 0; u < terms.Length; u++)
        {
            var own = numbered[u] = new int[terms[u].Length];
            for (var k = 0; k < own.Length; k++)
            {
                ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(numbers, terms[u][k], out var known);
                if (!known) number = numbers.Count - 1;
                own[k] = number;
            }
        }
        return (numbered, numbers.Count);
    }

    /// <summary>A unit's most telling terms: its heaviest, leaving out the <paramref name="widespread"/> ones.</summary>
    private static ulong[] Telling(TermVector vector, HashSet<ulong> widespread, int count)
    {
        if (count <= 0) return [];
        // The heaviest in a heap whose root is the lightest kept (heaviest first, then by term: a
        // total order, so the same terms as sorting them all and taking the first), then sorted.
        var heap = tellingHeap ??= new PriorityQueue<ulong, (double Weight, ulong Term)>(count + 1, Lighter);
        heap.Clear();
        for (var i = 0; i < vector.Count; i++)
        {
            var (term, weight) = (vector.Terms[i], vector.Weights[i]);
            if (widespread.Contains(term)) continue;
            if (heap.Count == count)
            {
                heap.TryPeek(out _, out var lightest);
                if (!Heavier(term, weight, lightest)) continue;
                heap.DequeueEnqueue(term, (weight, term));
            }
            else heap.Enqueue(term, (weight, term));
        }
        var result = new ulong[heap.Count];
        // Dequeued lightest first: filled from the end.
        for (var k = result.Length - 1; k >= 0; k--) result[k] = heap.Dequeue();
        return result;
    }

    /// <summary>The heap of <see cref="Telling"/>, one a thread, used again for each unit.</summary>
    [ThreadStatic]
    private static PriorityQueue<ulong, (double Weight, ulong Term)>? tellingHeap;

    private static bool Heavier(ulong term, double weight, (double Weight, ulong Term) other) =>
        weight > other.Weight || (weight == other.Weight && term < other.Term);

    /// <summary>Orders a heap of telling words with the lightest (the first to give way) at its root.</summary>
    private static readonly Comparer<(double Weight, ulong Term)> Lighter = Comparer<(double Weight, ulong Term)>.Create(
        static (x, y) => Heavier(x.Term, x.Weight, y) ? 1 : Heavier(y.Term, y.Weight, x) ? -1 : 0);

    /// <summary>A story's terms while it is labelled, one list a thread, used again for each story.</summary>
    [ThreadStatic]
    private static List<(ulong Term, double Weight)>? centroidTerms;

    /// <summary>The stories as reported, each labelled from its centroid on the run's threads (labels are independent of one another).</summary>
    private static List<Story> Stories(List<StoryCentroid> centroids, StoryVectors space, ParallelOptions parallel)
    {
        var labelled = new Story[centroids.Count];
        Parallel.For(0, centroids.Count, parallel, i =>
        {
            var centroid = centroids[i];
            centroid.Documents.Sort();
            var terms = centroidTerms ??= [];
            centroid.CopyTerms(terms);
            var keywords = StoryKeywords.Of(CollectionsMarshal.AsSpan(terms), space.Words.TryGetWord, space.Names.TryGetValue);
            labelled[i] = new Story(0, string.Join(" · ", keywords.Take(4)), keywords, centroid.Documents)
            {
                FirstPublished = centroid.First?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                LastPublished = centroid.Last?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            };
        });
        var stories = new List<Story>(labelled);
        stories.Sort(static (x, y) => y.Documents.Count != x.Documents.Count ? y.Documents.Count.CompareTo(x.Documents.Count) : x.Documents[0].CompareTo(y.Documents[0]));
        for (var i = 0; i < stories.Count; i++) stories[i] = stories[i] with { Id = i + 1 };
        return stories;
    }
}
