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
/// whose table of words is joined into <see cref="Words"/> once the pass is over (a table shared
/// by the threads cost a look-up under its locks and an object for each of the million and more
/// terms a corpus of 50,000 documents has; a word the threads both met is held twice only until then).
/// </summary>
internal sealed class StoryTerms
{
    public StoryTerms(int documents) => Counts = new TermVector[documents];

    public TermVector[] Counts { get; }

    /// <summary>The folded word of each word term, once <see cref="JoinWords"/> has run.</summary>
    public Dictionary<ulong, string> Words { get; private set; } = new();

    /// <summary>How many documents hold each word term, once <see cref="CountDocuments"/> has run.</summary>
    public Dictionary<ulong, int> DocumentFrequency { get; } = new();

    /// <summary>What one worker thread counts with.</summary>
    public sealed class Scratch
    {
        internal TermCounter Counter { get; } = new();

        public TokenList Tokens { get; } = new(1024);

        /// <summary>The folded word of each word term this thread met.</summary>
        internal Dictionary<ulong, string> Words { get; } = new();
    }

    /// <summary>The terms of every document, each tokenized here, and their document counts.</summary>
    public static StoryTerms Of(IReadOnlyList<ExtractedDocument> articles, ParallelOptions parallel)
    {
        var terms = new StoryTerms(articles.Count);
        var scratches = new ConcurrentBag<Scratch>();
        Parallel.For(0, articles.Count, parallel, () => new Scratch(), (i, _, scratch) =>
        {
            Tokenizer.Tokenize(articles[i].Content, scratch.Tokens);
            terms.Count(i, articles[i], scratch.Tokens, scratch);
            return scratch;
        }, scratches.Add);
        terms.JoinWords(scratches);
        terms.CountDocuments();
        return terms;
    }

    /// <summary>Counts the words of document <paramref name="document"/>, given its tokens.</summary>
    public void Count(int document, ExtractedDocument article, TokenList tokens, Scratch scratch)
    {
        var stopWords = StopWordLists.HashesFor(article.Metadata.Language ?? "en");
        var counter = scratch.Counter;
        var words = scratch.Words;
        counter.Reset();
        var hashes = tokens.Hashes;
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens.FoldedOf(i);
            if (word.Length < 3 || char.IsDigit(word[0]) || stopWords.Contains(hashes[i])) continue;
            if (counter.Add(hashes[i]))
            {
                ref var known = ref CollectionsMarshal.GetValueRefOrAddDefault(words, hashes[i], out var exists);
                if (!exists) known = word.ToString();
            }
        }
        Counts[document] = counter.ToVector();
    }

    /// <summary>The words the threads met, in one table (the largest taken over, the others' added to it).</summary>
    public void JoinWords(IEnumerable<Scratch> scratches)
    {
        var tables = new List<Dictionary<ulong, string>>();
        foreach (var scratch in scratches) tables.Add(scratch.Words);
        if (tables.Count == 0) return;
        tables.Sort(static (x, y) => y.Count.CompareTo(x.Count));
        var all = tables[0];
        for (var t = 1; t < tables.Count; t++)
        {
            foreach (var (term, word) in tables[t]) all.TryAdd(term, word);
            tables[t].Clear();
        }
        Words = all;
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
