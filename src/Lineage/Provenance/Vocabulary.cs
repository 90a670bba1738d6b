using Lineage.Extraction;
using Lineage.Text;

namespace Lineage.Provenance;

/// <summary>
/// Which documents each asked-for folded word occurs in (the first three are enough to know whether
/// any is not one of two given): a word seen in other documents is a real word, not a typo. Only
/// the words asked about are kept, and a token is looked at only when its hash is one of theirs,
/// so the pass over the corpus costs its tokenization and little more; that tokenization can be
/// one another analysis makes anyway (<see cref="Visit"/>, from any number of threads).
/// </summary>
internal sealed class Vocabulary
{
    private const int Kept = 3;

    /// <summary>
    /// For each word, by its folded form's token hash, the smallest documents holding it, ascending,
    /// −1 past the last. A token is known by its hash alone, as the stories know words, so a visit
    /// neither hashes nor compares its chars again.
    /// </summary>
    private readonly Dictionary<ulong, int[]> documents = [];

    /// <summary>The folded form of each word asked about (null when the tokenizer reads it as more than one word), so asking again tokenizes nothing.</summary>
    private readonly Dictionary<string, string?> foldedOf = new(StringComparer.Ordinal);

    /// <summary>
    /// One bit for each value of a hash's low bits, set for the asked-for words: most tokens are
    /// turned away by one bit, in a table that stays in cache, before the set is asked.
    /// </summary>
    private readonly ulong[] filter = new ulong[FilterBits / 64];

    private const int FilterBits = 1 << 16;

    private Vocabulary()
    {
    }

    /// <summary>The vocabulary of <paramref name="words"/>, with no document visited yet.</summary>
    public static Vocabulary For(IReadOnlySet<string> words)
    {
        var vocabulary = new Vocabulary();
        var tokens = new TokenList(4);
        foreach (var word in words)
        {
            var folded = vocabulary.foldedOf[word] = FoldedWord(word, tokens);
            if (folded is null) continue;
            var hash = TokenHash.Of(folded);
            if (!vocabulary.documents.TryAdd(hash, [-1, -1, -1])) continue;
            vocabulary.filter[(hash & (FilterBits - 1)) >> 6] |= 1UL << (int)(hash & 63);
        }
        return vocabulary;
    }

    public static Vocabulary Of(IReadOnlyList<ExtractedDocument> articles, IReadOnlySet<string> words)
    {
        var vocabulary = For(words);
        if (vocabulary.IsEmpty) return vocabulary;
        var tokens = new TokenList(1024);
        for (var i = 0; i < articles.Count; i++)
        {
            Tokenizer.Tokenize(articles[i].Content, tokens);
            vocabulary.Visit(i, tokens);
        }
        return vocabulary;
    }

    /// <summary>True when no word was asked about: no document need be visited.</summary>
    public bool IsEmpty => documents.Count == 0;

    /// <summary>Notes the asked-for words among the tokens of document <paramref name="document"/>.</summary>
    public void Visit(int document, TokenList tokens)
    {
        if (IsEmpty) return;
        var tokenHashes = tokens.Hashes;
        for (var i = 0; i < tokens.Count; i++)
        {
            var hash = tokenHashes[i];
            if ((filter[(hash & (FilterBits - 1)) >> 6] & (1UL << (int)(hash & 63))) == 0) continue;
            if (!documents.TryGetValue(hash, out var holders) || Settled(holders, document)) continue;
            // The smallest documents, whatever order the documents are visited in.
            lock (holders) Hold(holders, document);
        }
    }

    /// <summary>
    /// Whether the document can change nothing, read without the lock: it is held already, or all
    /// the places are taken by smaller documents. Common words among the asked-for ones are met in
    /// most documents, and each would otherwise wait for the lock. Read racily this is still sound:
    /// a document leaves the places only for three smaller ones, and the last place, once taken,
    /// only ever decreases.
    /// </summary>
    private static bool Settled(int[] holders, int document)
    {
        var last = Volatile.Read(ref holders[Kept - 1]);
        if (last >= 0 && last < document) return true;
        for (var k = 0; k < Kept; k++)
            if (Volatile.Read(ref holders[k]) == document) return true;
        return false;
    }

    private static void Hold(int[] holders, int document)
    {
        for (var k = 0; k < Kept; k++)
        {
            if (holders[k] == document) return;
            if (holders[k] < 0 || document < holders[k])
            {
                for (var m = Kept - 1; m > k; m--) holders[m] = holders[m - 1];
                holders[k] = document;
                return;
            }
        }
    }

    /// <summary>True when the word occurs in some document other than <paramref name="a"/> and <paramref name="b"/>, or is a common word of English.</summary>
    public bool ElsewhereThan(string word, int a, int b) =>
        Elsewhere(foldedOf.TryGetValue(word, out var known) ? known : FoldedWord(word, new TokenList(4)), a, b);

    /// <summary>As <see cref="ElsewhereThan(string, int, int)"/>, for a word read from a document: one asked about is looked up without a copy.</summary>
    public bool ElsewhereThan(TypoWord word, int a, int b)
    {
        if (!word.HasLineEnding && foldedOf.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word.Written, out var known)) return Elsewhere(known, a, b);
        return ElsewhereThan(word.ToString(), a, b);
    }

    private bool Elsewhere(string? folded, int a, int b)
    {
        if (folded is null) return false;
        if (StopWordLists.For("en").Contains(folded)) return true;
        if (!documents.TryGetValue(TokenHash.Of(folded), out var holders)) return false;
        foreach (var d in holders)
            if (d >= 0 && d != a && d != b) return true;
        return false;
    }

    /// <summary>The folded form of a text the tokenizer reads as one word, else null.</summary>
    private static string? FoldedWord(string word, TokenList tokens)
    {
        Tokenizer.Tokenize(TextView.Identity(word), tokens);
        return tokens.Count == 1 ? tokens.FoldedOf(0).ToString() : null;
    }
}
