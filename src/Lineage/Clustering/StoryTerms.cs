using System.Runtime.InteropServices;
using Lineage.Extraction;
using Lineage.Text;

namespace Lineage.Clustering;

/// <summary>
/// Each document's content words counted (words of three letters or more, not numbers, not stop
/// words of its language), in the order they are first met, and the folded word of each term for
/// labels. Counted from tokens the caller made, so one tokenization of a document can serve every
/// analysis that reads its words; each worker thread counts with its own <see cref="Scratch"/>.
/// </summary>
internal sealed class StoryTerms
{
    public StoryTerms(int documents) => Counts = new TermVector[documents];

    public TermVector[] Counts { get; }

    /// <summary>The folded word of each word term.</summary>
    public Dictionary<ulong, string> Words { get; } = new();

    /// <summary>How many documents hold each word term.</summary>
    public Dictionary<ulong, int> DocumentFrequency { get; } = new();

    /// <summary>What one worker thread counts with, and the words it met, until <see cref="Merge"/>.</summary>
    public sealed class Scratch
    {
        internal TermCounter Counter { get; } = new();

        internal Dictionary<ulong, string> Words { get; } = new();

        internal Dictionary<ulong, int> DocumentFrequency { get; } = new();

        public TokenList Tokens { get; } = new(1024);
    }

    /// <summary>The terms of every document, each tokenized here.</summary>
    public static StoryTerms Of(IReadOnlyList<ExtractedDocument> articles, ParallelOptions parallel)
    {
        var terms = new StoryTerms(articles.Count);
        Parallel.For(0, articles.Count, parallel, () => new Scratch(), (i, _, scratch) =>
        {
            Tokenizer.Tokenize(articles[i].Content, scratch.Tokens);
            terms.Count(i, articles[i], scratch.Tokens, scratch);
            return scratch;
        }, terms.Merge);
        return terms;
    }

    /// <summary>Counts the words of document <paramref name="document"/>, given its tokens.</summary>
    public void Count(int document, ExtractedDocument article, TokenList tokens, Scratch scratch)
    {
        var stopWords = StopWordLists.For(article.Metadata.Language ?? "en").GetAlternateLookup<ReadOnlySpan<char>>();
        var counter = scratch.Counter;
        counter.Reset();
        var hashes = tokens.Hashes;
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens.FoldedOf(i);
            if (word.Length < 3 || char.IsDigit(word[0]) || stopWords.Contains(word)) continue;
            if (!counter.Add(hashes[i])) continue;
            ref var documents = ref CollectionsMarshal.GetValueRefOrAddDefault(scratch.DocumentFrequency, hashes[i], out var met);
            documents++;
            if (!met) scratch.Words.TryAdd(hashes[i], word.ToString());
        }
        Counts[document] = counter.ToVector();
    }

    /// <summary>Takes in the words a worker met and its documents' counts (safe from several workers finishing at once).</summary>
    public void Merge(Scratch scratch)
    {
        lock (Words)
        {
            foreach (var (term, word) in scratch.Words) Words.TryAdd(term, word);
            foreach (var (term, documents) in scratch.DocumentFrequency)
            {
                ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(DocumentFrequency, term, out _);
                count += documents;
            }
        }
    }
}
