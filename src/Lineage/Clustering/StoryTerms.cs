using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Lineage.Extraction;
using Lineage.Text;

namespace Lineage.Clustering;

/// <summary>
/// Each document's content words counted (words of three letters or more, not numbers, not stop
/// words of its language), in the order they are first met, and the folded word of each term for
/// labels. Counted from tokens the caller made, so one tokenization of a document can serve every
/// analysis that reads its words; each worker thread counts with its own <see cref="Scratch"/>,
/// and the words go into one table shared by all (a table a thread would hold the corpus's
/// vocabulary again, and a corpus of 50,000 documents has a million and more terms).
/// </summary>
internal sealed class StoryTerms
{
    public StoryTerms(int documents) => Counts = new TermVector[documents];

    public TermVector[] Counts { get; }

    /// <summary>The folded word of each word term.</summary>
    public ConcurrentDictionary<ulong, string> Words { get; } = new();

    /// <summary>How many documents hold each word term, once <see cref="CountDocuments"/> has run.</summary>
    public Dictionary<ulong, int> DocumentFrequency { get; } = new();

    /// <summary>What one worker thread counts with.</summary>
    public sealed class Scratch
    {
        internal TermCounter Counter { get; } = new();

        public TokenList Tokens { get; } = new(1024);
    }

    /// <summary>The terms of every document, each tokenized here, and their document counts.</summary>
    public static StoryTerms Of(IReadOnlyList<ExtractedDocument> articles, ParallelOptions parallel)
    {
        var terms = new StoryTerms(articles.Count);
        Parallel.For(0, articles.Count, parallel, () => new Scratch(), (i, _, scratch) =>
        {
            Tokenizer.Tokenize(articles[i].Content, scratch.Tokens);
            terms.Count(i, articles[i], scratch.Tokens, scratch);
            return scratch;
        }, static _ => { });
        terms.CountDocuments();
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
            // Looked up before it is added: once the common words are in, adding takes no lock.
            if (counter.Add(hashes[i]) && !Words.ContainsKey(hashes[i])) Words.TryAdd(hashes[i], word.ToString());
        }
        Counts[document] = counter.ToVector();
    }

    /// <summary>Counts the documents that hold each word term, from every document's counts (after the pass that counted them).</summary>
    public void CountDocuments()
    {
        foreach (var counts in Counts)
            foreach (var term in counts.Terms)
            {
                ref var documents = ref CollectionsMarshal.GetValueRefOrAddDefault(DocumentFrequency, term, out _);
                documents++;
            }
    }
}
