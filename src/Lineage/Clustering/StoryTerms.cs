using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using Lineage.Extraction;
using Lineage.Text;

namespace Lineage.Clustering;

/// <summary>
/// Each document's content words counted (words of three letters or more, not numbers, not stop
/// words of its language), in the order they are first met, with how many documents hold each word
/// and the folded word of each for labels. Counted from tokens the caller made, so one tokenization
/// of a document can serve every analysis that reads its words.
/// </summary>
/// <remarks>
/// A corpus of 50,000 documents has millions of words and its documents tens of millions of
/// (document, word) entries. Each worker thread numbers the words it meets in a table of its own
/// (<see cref="Scratch"/>), so an entry costs one look-up there; its document counts and spellings
/// are kept in lists by number. <see cref="Join"/> then numbers the words of all threads as one,
/// a look-up a word of the smaller tables rather than one an entry, and renumbers each document's
/// words in an array. The document counts and the weights are then read from arrays by number.
/// </remarks>
internal sealed class StoryTerms
{
    public StoryTerms(int documents)
    {
        Counts = new DocumentTerms[documents];
        owners = new Scratch[documents];
    }

    /// <summary>Each document's words, by number (after <see cref="Join"/>, the corpus's), in the order first met, and how often each.</summary>
    public DocumentTerms[] Counts { get; }

    private readonly Scratch[] owners;
    private Scratch? joined;

    /// <summary>How many words there are, once joined.</summary>
    public int WordCount => Joined.Hashes.Count;

    /// <summary>The token hash of word <paramref name="number"/> (once joined).</summary>
    public ulong HashOf(int number) => Joined.Hashes[number];

    /// <summary>How many documents hold word <paramref name="number"/> (once joined).</summary>
    public int DocumentsWith(int number) => Joined.Documents[number];

    /// <summary>The folded word of a word's token hash, when a document held it (once joined).</summary>
    public bool TryGetWord(ulong hash, [MaybeNullWhen(false)] out string word)
    {
        if (Joined.Numbers.TryGet(hash, out var number))
        {
            word = Joined.Spellings.Of(number);
            return true;
        }
        word = null;
        return false;
    }

    private Scratch Joined => joined ?? throw new InvalidOperationException("the threads' words are not joined yet.");

    /// <summary>A document's words by number and their counts.</summary>
    internal readonly record struct DocumentTerms(int[] Numbers, int[] Counts)
    {
        public static readonly DocumentTerms Empty = new([], []);
    }

    /// <summary>What one worker thread counts with, and the words it numbered.</summary>
    public sealed class Scratch
    {
        internal TermCounter Counter { get; } = new();

        public TokenList Tokens { get; } = new(1024);

        /// <summary>The words this thread met, numbered in the order met.</summary>
        internal TermNumbering Numbers { get; } = new();

        internal List<ulong> Hashes { get; } = [];

        /// <summary>The folded words, by number: a corpus has millions, and a label shows a few of them.</summary>
        internal WordSpellings Spellings { get; } = new();

        /// <summary>How many of this thread's documents hold each word.</summary>
        internal List<int> Documents { get; } = [];

        /// <summary>The numbers of the document being counted, in the counter's order.</summary>
        internal List<int> Current { get; } = [];
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
        terms.Join(scratches, parallel);
        return terms;
    }

    /// <summary>Counts the words of document <paramref name="document"/>, given its tokens, numbered by <paramref name="scratch"/>'s thread.</summary>
    public void Count(int document, ExtractedDocument article, TokenList tokens, Scratch scratch)
    {
        var stopWords = StopWordLists.HashesFor(article.Metadata.Language ?? "en");
        var counter = scratch.Counter;
        var current = scratch.Current;
        counter.Reset();
        current.Clear();
        var hashes = tokens.Hashes;
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens.FoldedOf(i);
            if (word.Length < 3 || char.IsDigit(word[0]) || stopWords.Contains(hashes[i])) continue;
            if (!counter.Add(hashes[i])) continue;
            // The document's first of this word: numbered (and spelled, the first time the thread
            // meets it), and one more document holds it.
            var number = scratch.Numbers.GetOrAdd(hashes[i], out var added);
            if (added)
            {
                scratch.Hashes.Add(hashes[i]);
                scratch.Spellings.Add(word);
                scratch.Documents.Add(0);
            }
            CollectionsMarshal.AsSpan(scratch.Documents)[number]++;
            current.Add(number);
        }
        Counts[document] = current.Count == 0 ? DocumentTerms.Empty : new DocumentTerms([.. current], counter.CountsArray());
        owners[document] = scratch;
    }

    /// <summary>
    /// The words the threads numbered, as one numbering: the thread with the most words keeps its
    /// numbers, the others' words are found in it or added to it, and their documents renumbered.
    /// </summary>
    public void Join(IEnumerable<Scratch> scratches, ParallelOptions parallel)
    {
        var tables = new List<Scratch>(scratches);
        if (tables.Count == 0)
        {
            joined = new Scratch();
            return;
        }
        tables.Sort(static (x, y) => y.Hashes.Count.CompareTo(x.Hashes.Count));
        var all = tables[0];
        var renumbering = new Dictionary<Scratch, int[]>(ReferenceEqualityComparer.Instance);
        for (var t = 1; t < tables.Count; t++)
        {
            var table = tables[t];
            var renumbered = new int[table.Hashes.Count];
            for (var local = 0; local < renumbered.Length; local++)
            {
                var number = all.Numbers.GetOrAdd(table.Hashes[local], out var added);
                if (added)
                {
                    all.Hashes.Add(table.Hashes[local]);
                    all.Spellings.Add(table.Spellings.Span(local));
                    all.Documents.Add(0);
                }
                CollectionsMarshal.AsSpan(all.Documents)[number] += table.Documents[local];
                renumbered[local] = number;
            }
            renumbering[table] = renumbered;
            // Emptied to nothing, not just cleared: a thread's tables hold its millions of words.
            table.Numbers.Release();
            table.Hashes.Clear();
            table.Hashes.TrimExcess();
            table.Spellings.Clear();
            table.Documents.Clear();
            table.Documents.TrimExcess();
        }
        if (renumbering.Count > 0)
            Parallel.For(0, Counts.Length, parallel, d =>
            {
                if (owners[d] is not { } owner || !renumbering.TryGetValue(owner, out var renumbered)) return;
                var numbers = Counts[d].Numbers;
                for (var k = 0; k < numbers.Length; k++) numbers[k] = renumbered[numbers[k]];
            });
        Array.Clear(owners);
        joined = all;
    }
}
